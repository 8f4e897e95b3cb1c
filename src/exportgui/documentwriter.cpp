#include "exportgui/documentwriter.h"

#include "exportgui/articledocument.h"
#include "exportgui/pagedrenderer.h"
#include "exportgui/pdftounicode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = u"%1: %2"_s.arg(path, reason);
    return false;
}

// Writes and commits; a failed flush (a full disk) is reported by QSaveFile as "Unknown error",
// so errno right after it names the reason instead.
bool save(QSaveFile &file, const QByteArray &bytes, const QString &path, QString *error)
{
    errno = 0;
    if (file.write(bytes) == bytes.size() && file.flush() && file.commit())
        return true;
    const int saved = errno;
    QString reason = file.errorString();
    if (saved != 0 && (reason.isEmpty() || reason == u"Unknown error"_s))
        reason = QString::fromLocal8Bit(std::strerror(saved));
    file.cancelWriting();
    return fail(error, path, reason);
}

} // namespace

bool writePdf(const QList<ExportItem> &items, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    const auto document = articleDocument(items);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(u"Baoku"_s);
        if (!items.isEmpty())
            writer.setTitle(items.first().article.title);
        if (!renderPaged(*document, writer, pageFooter(items)))
            return fail(error, path, QCoreApplication::translate("Baoku::Core", "cannot lay out the PDF"));
    }
    pdf = repairToUnicode(pdf, toUnicodeReplacements(document->defaultFont()));
    return save(file, pdf, path, error);
}

bool writeOdt(const QList<ExportItem> &items, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    const auto document = articleDocument(items);
    // ODF lengths are converted from pixels at 96 dpi, the resolution of a default QImage.
    indentParagraphs(*document, QImage(1, 1, QImage::Format_RGB32));
    // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get()))
        return fail(error, path, QCoreApplication::translate("Baoku::Core", "cannot write the ODT document"));
    return save(file, odt, path, error);
}

} // namespace Baoku::Core
