#include "core/common/textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <openssl/evp.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

// Messages of this file, under one translation context (lupdate reads Msg::tr calls).
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::TextDecoder)
};

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

// Returns the offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if (c >= 0xC2 && c <= 0xDF) { extra = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { extra = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { extra = 3; cp = c & 0x07; }
        else return i;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// Decodes strictly with an ICU converter; returns a null string when a byte sequence is invalid.
QString decodeWithIcu(const char *charset, const QByteArray &bytes, qsizetype *errorOffset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status))
        return {};
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    auto *target = reinterpret_cast<UChar *>(out.data());
    auto *const targetStart = target;
    const char *source = bytes.constData();
    ucnv_toUnicode(conv.get(), &target, target + out.size(), &source, source + bytes.size(), nullptr, true, &status);
    if (U_FAILURE(status)) {
        *errorOffset = source - bytes.constData();
        return {};
    }
    out.truncate(target - targetStart);
    return out;
}

QString detectedCharset(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // The detector only needs a sample; the whole file would cost time for nothing.
    const auto sample = bytes.left(64 * 1024);
    ucsdet_setText(detector.get(), sample.constData(), int32_t(sample.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    return QString::fromLatin1(ucsdet_getName(match, &status));
}

bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size();
}

QString normaliseLineEnds(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(u'\f', u'\n');
    return text;
}

// libcrypto's SHA-256 (the CPU's SHA instructions where it has them): QCryptographicHash's took
// about 4 % of an import's CPU time. Qt's is the fallback should libcrypto fail.
QString sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

DecodedText fail(const QString &reason) { return {QString(), QString(), reason}; }

// The share (in percent) of characters typical of OCR text: ASCII text, CJK ideographs and
// punctuation, full-width forms. Bytes of UTF-16 read in the wrong order score low.
int typicalShare(QStringView text)
{
    if (text.isEmpty())
        return 0;
    qsizetype typical = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t' || (u >= 0x4E00 && u <= 0x9FFF)
            || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F))
            ++typical;
    }
    return int(typical * 100 / text.size());
}

// UTF-16 without a byte order mark holds NUL bytes (the high bytes of its ASCII characters) yet
// decodes, in one byte order, to typical text. Returns the text and sets `encoding`, or returns
// a null string when the bytes do not look like it.
QString decodeUtf16WithoutBom(const QByteArray &bytes, QString *encoding)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0 || !bytes.contains('\0'))
        return {};
    QString best;
    int bestShare = 0;
    for (const auto order : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringDecoder decoder(order);
        QString text = decoder.decode(bytes);
        const int share = decoder.hasError() ? 0 : typicalShare(text);
        if (share > bestShare) {
            bestShare = share;
            best = std::move(text);
            *encoding = order == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        }
    }
    return bestShare >= 90 ? best : QString();
}

// The kind of a file that is not a regular file, or empty for a regular file (or a link to one).
QString specialKind(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return {};
    if (S_ISFIFO(st.st_mode))
        return Msg::tr("is a named pipe (FIFO), not a regular file");
    if (S_ISSOCK(st.st_mode))
        return Msg::tr("is a socket, not a regular file");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Msg::tr("is a device, not a regular file");
    return Msg::tr("is not a regular file");
#else
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir() ? Msg::tr("is not a regular file") : QString();
#endif
}

} // namespace

namespace {

bool isControl(char16_t u)
{
    return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F);
}

} // namespace

bool hasControls(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

QString withoutControls(const QString &text)
{
    if (!hasControls(text))
        return text; // the common case keeps sharing the string
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c.unicode()))
            clean.append(c);
    }
    return clean;
}

DecodedText decodeText(const QByteArray &bytes, const TextLimits &limits)
{
    if (bytes.isEmpty())
        return fail(Msg::tr("the file is empty"));
    if (bytes.size() > limits.maxFileBytes)
        return fail(Msg::tr("the file is %1 MB; an issue file may be at most %2 MB")
                        .arg(megabytes(bytes.size()), megabytes(limits.maxFileBytes)));

    DecodedText result;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray rest = bytes.mid(3);
        const qsizetype bad = firstInvalidUtf8(rest);
        if (bad >= 0)
            return fail(Msg::tr("invalid UTF-8 byte sequence at byte %1").arg(bad + 3));
        text = QString::fromUtf8(rest);
        result.encoding = u"UTF-8"_s;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0)
            return fail(Msg::tr("the file has a UTF-16 byte order mark but an odd number of bytes"));
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return fail(Msg::tr("invalid UTF-16 (an unpaired surrogate)"));
        result.encoding = le ? u"UTF-16LE"_s : u"UTF-16BE"_s;
    } else if (QString utf16 = decodeUtf16WithoutBom(bytes, &result.encoding); !utf16.isNull()) {
        text = std::move(utf16);
    } else {
        if (bytes.contains('\0'))
            return fail(Msg::tr("the file is binary (it holds NUL bytes), not OCR text"));
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            text = QString::fromUtf8(bytes);
            result.encoding = u"UTF-8"_s;
        } else {
            const QString guess = detectedCharset(bytes);
            qsizetype gbError = -1;
            const QString gb = decodeWithIcu("GB18030", bytes, &gbError);
            // A few bad bytes in otherwise valid UTF-8 is a damaged UTF-8 file, not a GB18030 one.
            const bool mostlyUtf8 = guess == u"UTF-8"_s;
            if (!gb.isNull() && !mostlyUtf8) {
                text = gb;
                result.encoding = u"GB18030"_s;
            } else if (mostlyUtf8 || gb.isNull()) {
                if (guess.isEmpty() || guess == u"UTF-8"_s || guess.startsWith(u"GB"_s) || gb.isNull())
                    return fail(Msg::tr("invalid UTF-8 byte sequence at byte %1").arg(bad));
                return fail(Msg::tr("unsupported encoding (ICU guesses %1)").arg(guess));
            }
        }
    }

    if (looksBinary(text))
        return fail(Msg::tr("the file is binary (it holds control characters), not OCR text"));
    text = normaliseLineEnds(std::move(text));
    if (text.trimmed().isEmpty())
        return fail(Msg::tr("the file holds only white space"));

    qsizetype lineNo = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n') {
            if (i - lineStart > limits.maxLineChars)
                return fail(Msg::tr("line %1 is %2 characters long; an OCR line may be at most %3")
                                .arg(lineNo).arg(i - lineStart).arg(limits.maxLineChars));
            ++lineNo;
            lineStart = i + 1;
        }
    }
    result.text = std::move(text);
    return result;
}

LoadedFile loadTextFile(const QString &path, const TextLimits &limits)
{
    LoadedFile loaded;
    const auto named = [&](const QString &reason) {
        loaded.decoded = fail(Msg::tr("%1: %2").arg(QDir::toNativeSeparators(path), reason));
        return loaded;
    };
    QFileInfo info(path);
    if (!info.exists())
        return named(Msg::tr("no such file"));
    if (info.isDir())
        return named(Msg::tr("is a folder, not a text file"));
    // Checked before opening: opening a FIFO blocks until a writer comes, and a device never ends.
    if (const QString kind = specialKind(path); !kind.isEmpty())
        return named(kind);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return named(Msg::tr("cannot be read (%1)").arg(file.errorString()));
    loaded.size = file.size();
    if (loaded.size > limits.maxFileBytes)
        return named(Msg::tr("the file is %1 MB; an issue file may be at most %2 MB")
                         .arg(megabytes(loaded.size), megabytes(limits.maxFileBytes)));
    const QByteArray bytes = file.readAll();
    loaded.sha256 = sha256Hex(bytes);
    loaded.decoded = decodeText(bytes, limits);
    if (!loaded.decoded.ok())
        return named(loaded.decoded.error);
    return loaded;
}

} // namespace Baoku::Core
