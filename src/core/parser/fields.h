// Recognisers for the small fixed forms inside an article: bylines, datelines, signatures,
// continuation notes, captions and photo credits.
#pragma once

#include "core/common/model.h"

#include <QDate>
#include <optional>

namespace Baoku::Core::Parse {

// "本报记者 徐恒 实习记者 路轶晨", "**本报记者 张琪玮**", "记者 X", "文/X": the people, or empty.
QList<Byline> parseBylineLine(QStringView line);

// "党组书记、厅长 盛云峰": a title followed by a name, as on an author line; the name or empty.
// The affiliation is the line's text before the name.
std::optional<Byline> parseAuthorLine(QStringView line);
// Whether a short line names an organisation ("甘肃省工业和信息化厅") that can sit above an author line.
bool looksLikeOrganisation(QStringView line);

struct DatelineMatch final {
    QString dateline;         // "本报讯 11月10日"
    QList<Byline> reporters;  // from 记者X报道 or （记者 X）
    qsizetype consumed = 0;   // characters of the paragraph taken by 本报讯 and the reporter attribution
    int month = 0, day = 0;   // the date, the end of a range; 0 when absent
};
// Recognises 本报讯 (also **本报讯**, 本报X讯) at the start of a paragraph.
std::optional<DatelineMatch> matchDateline(QStringView paragraph);
bool startsWithDateline(QStringView line);

struct Continuation final {
    std::optional<int> to;   // 下转第N版
    std::optional<int> from; // 上接第N版
};
// Removes （下转第N版） and （上接第N版） notes from a paragraph and reports them.
QString takeContinuations(const QString &paragraph, Continuation *found);
// Whether the line opens with a （上接第N版） note: the text after it continues an article.
bool startsWithContinuedFrom(QStringView line);
bool isContinuationOnly(QStringView line);

// Removes a closing signature such as （耀 文） from the end of a paragraph; returns it without spaces.
QString takeSignature(QString *paragraph);

// "图为…" and other caption forms.
bool looksLikeCaption(QStringView line);
// "王弋摄", "（王弋 摄）", "本报记者 王弋 摄": the photographer, or empty.
QString parsePhotoCredit(QStringView line);
// Splits a trailing credit off a caption ("图为… 王弋 摄").
QString takeTrailingCredit(QString *caption);

} // namespace Baoku::Core::Parse
