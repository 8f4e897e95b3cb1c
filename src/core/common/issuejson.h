// The JSON form of a parsed issue, as printed by `baoku-cli parse` (docs/json-schema.md).
#pragma once

#include "core/common/model.h"

#include <QJsonObject>

namespace Baoku::Core {

QJsonObject toJson(const Byline &byline);
QJsonObject toJson(const Article &article);
QJsonObject toJson(const IssueInfo &issue);
QJsonObject toJson(const ParsedIssue &issue);

Article articleFromJson(const QJsonObject &object);
IssueInfo issueInfoFromJson(const QJsonObject &object);
ParsedIssue parsedIssueFromJson(const QJsonObject &object);

} // namespace Baoku::Core
