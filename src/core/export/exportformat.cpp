#include "core/export/exportformat.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Baoku::Core {
namespace {

struct FormatInfo {
    ExportFormat format;
    const char16_t *name;
    const char16_t *extension;
    bool several;
};

constexpr std::array<FormatInfo, 11> kFormats = {{
    {ExportFormat::Text, u"txt", u"txt", false},
    {ExportFormat::Markdown, u"md", u"md", true},
    {ExportFormat::Html, u"html", u"html", true},
    {ExportFormat::Pdf, u"pdf", u"pdf", false},
    {ExportFormat::Odt, u"odt", u"odt", false},
    {ExportFormat::Json, u"json", u"jsonl", true},
    {ExportFormat::Csv, u"csv", u"csv", true},
    {ExportFormat::Ris, u"ris", u"ris", true},
    {ExportFormat::Bibtex, u"bib", u"bib", true},
    {ExportFormat::CslJson, u"csl", u"json", true},
    {ExportFormat::Gbt7714, u"gbt7714", u"txt", true},
}};

const FormatInfo &info(ExportFormat format)
{
    for (const auto &entry : kFormats) {
        if (entry.format == format)
            return entry;
    }
    return kFormats.front();
}

} // namespace

QString formatName(ExportFormat format) { return QString::fromUtf16(info(format).name); }

std::optional<ExportFormat> formatFromName(const QString &name)
{
    for (const auto &entry : kFormats) {
        if (name.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList names;
    for (const auto &entry : kFormats)
        names << QString::fromUtf16(entry.name);
    return names;
}

QString fileExtension(ExportFormat format) { return QString::fromUtf16(info(format).extension); }

bool holdsSeveral(ExportFormat format) { return info(format).several; }

bool needsGui(ExportFormat format) { return format == ExportFormat::Pdf || format == ExportFormat::Odt; }

} // namespace Baoku::Core
