#include "core/parser/fields.h"
#include "core/parser/issuemeta.h"
#include "core/parser/layout.h"
#include "core/parser/textutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Baoku::Core::Parse {

namespace {

// White space as QRegularExpression reads \s without UseUnicodePropertiesOption: ASCII only (not
// U+3000, checked against the pattern over the whole BMP).
bool isPcreSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

// ^#{1,6}\s+\S without a regular expression match per line (about 3 % of the parse went to
// matching and allocating for this test).
bool isMarkdownHeading(QStringView line)
{
    qsizetype hashes = 0;
    while (hashes < line.size() && line.at(hashes) == u'#')
        ++hashes;
    if (hashes == 0 || hashes > 6)
        return false;
    qsizetype k = hashes;
    while (k < line.size() && isPcreSpace(line.at(k)))
        ++k;
    return k > hashes && k < line.size();
}

} // namespace

bool isMarkdownForm(const QStringList &lines)
{
    int headings = 0;
    int longLines = 0;
    int textLines = 0;
    for (const auto &line : lines) {
        if (isMarkdownHeading(line) || line.contains(u"**本报讯**"_s))
            ++headings;
        const qsizetype n = QStringView(line).trimmed().size();
        if (n > 0) {
            ++textLines;
            if (n > 40)
                ++longLines;
        }
    }
    // Raw column OCR wraps every 12-14 characters; markdown keeps a paragraph on one line.
    return headings > 0 || (textLines > 0 && longLines * 3 > textLines);
}

namespace {

bool adLike(const QStringList &block, bool *hasKeyword)
{
    static const QRegularExpression keyword(
        u"扫码|扫一扫|二维码|订阅|公众号|微信号|官方店|客服|热线|订购|定价|零售价|广告|优惠|欢迎关注|长按识别|下载APP|"
        "联系电话|咨询电话|邮购"_s);
    static const QRegularExpression notSlogan(u"[。，,、（）()#]"_s);
    bool shortOnly = true;
    qsizetype total = 0;
    bool sentence = false;
    for (const auto &line : block) {
        const QString s = line.trimmed();
        // A reporter's byline at the end of a raw page is short too, but it is no slogan; a
        // dateline or a signature belongs to an article.
        if (!parseBylineLine(s).isEmpty() || parseAuthorLine(s) || startsWithDateline(s))
            return false;
        QString copy = s;
        if (!takeSignature(&copy).isEmpty())
            return false; // a signed paragraph closes an article
        total += s.size();
        sentence = sentence || s.contains(u'。');
        if (keyword.match(s).hasMatch())
            *hasKeyword = true;
        if (s.size() > 14 || notSlogan.match(s).hasMatch())
            shortOnly = false;
    }
    // An article's closing paragraph may mention 订阅; advertisements are not written in sentences.
    if (sentence && total > 80)
        return false;
    return *hasKeyword || shortOnly;
}

} // namespace

int trailingAdvertisementStart(const QStringList &lines, int begin)
{
    int start = int(lines.size());
    int end = int(lines.size());
    bool anyKeyword = false;
    int result = int(lines.size());
    while (end > begin) {
        while (end > begin && lines.at(end - 1).trimmed().isEmpty())
            --end;
        start = end;
        while (start > begin && !lines.at(start - 1).trimmed().isEmpty())
            --start;
        if (start == end)
            break;
        bool keyword = false;
        if (!adLike(lines.mid(start, end - start), &keyword))
            break;
        anyKeyword = anyKeyword || keyword;
        if (anyKeyword)
            result = start;
        end = start;
    }
    return result;
}

int textLength(const Draft &draft)
{
    int n = 0;
    for (const auto &unit : draft.units) {
        if (unit.kind == UnitKind::Text && parsePhotoCredit(unit.text).isEmpty())
            n += int(removeSpaces(unit.text).size());
    }
    return n;
}

} // namespace Baoku::Core::Parse
