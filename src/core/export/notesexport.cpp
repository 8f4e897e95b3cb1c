#include "core/export/notesexport.h"

#include "core/export/citation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Baoku::Core::NotesExport", text);
}

// Markdown would read a leading "#", ">" or "-" of a note as markup; a backslash keeps it text.
QString escapedLine(const QString &line)
{
    static const QString marks = u"#>-*+`|"_s;
    if (!line.isEmpty() && marks.contains(line.front()))
        return u'\\' + line;
    return line;
}

QString block(const QString &text, const QString &prefix)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(prefix + escapedLine(line));
    return lines.join(u'\n') + u'\n';
}

} // namespace

QString notesMarkdown(const QList<NotedArticle> &articles)
{
    QString out = u"# "_s + tr("Notes") + u"\n\n"_s;
    for (const NotedArticle &noted : articles) {
        const QString title = citationTitle(noted.item.article);
        out += u"## "_s + escapedLine(title.isEmpty() ? tr("(untitled)") : title) + u"\n\n"_s;
        out += escapedLine(gbt7714(noted.item)) + u"\n\n"_s;
        if (!noted.inArchive)
            out += u"*"_s + tr("This article is not in the archive now.") + u"*\n\n"_s;
        for (const NoteEntry &note : noted.notes) {
            if (!note.quote.isEmpty()) {
                out += block(note.quote, u"> "_s);
                if (!note.anchored)
                    out += u">\n> *"_s + tr("This passage is no longer in the article's text.") + u"*\n"_s;
                out += u'\n';
            }
            if (!note.text.trimmed().isEmpty())
                out += block(note.text, {}) + u'\n';
        }
    }
    return out;
}

} // namespace Baoku::Core
