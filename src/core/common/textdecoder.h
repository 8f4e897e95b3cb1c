// Turns the bytes of an OCR text file into text, whatever encoding the scanner software chose.
#pragma once

#include <QByteArray>
#include <QString>

namespace Baoku::Core {

struct DecodedText final {
    QString text;     // line ends normalised to '\n', no BOM
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
    QString error;    // empty on success: a sentence naming the reason otherwise
    bool ok() const { return error.isNull(); }
};

struct TextLimits final {
    qint64 maxFileBytes = 64 * 1024 * 1024; // front pages are ~20 KB; this is generous
    qsizetype maxLineChars = 100'000;        // markdown paragraphs stay under 2,000
};

// Detects UTF-8 (with or without BOM), UTF-16 with BOM, UTF-16 without BOM (by where its NUL
// bytes fall) and GB18030/GBK (ICU's detector), and rejects empty, binary, oversized and invalid
// input with a reason.
DecodedText decodeText(const QByteArray &bytes, const TextLimits &limits = {});

// The text without control characters (C0 but newline and tab, DEL, C1), which a terminal or a
// viewer would act on (ESC starts an escape sequence); for every text Baoku prints or exports.
QString withoutControls(const QString &text);
bool hasControls(QStringView text);

struct LoadedFile final {
    DecodedText decoded;
    QString sha256; // hex digest of the file's bytes
    qint64 size = 0;
};

// Reads and decodes a file; the error names the file. Anything but a regular file (a FIFO, a
// device, a socket) is refused before it is opened.
LoadedFile loadTextFile(const QString &path, const TextLimits &limits = {});

} // namespace Baoku::Core
