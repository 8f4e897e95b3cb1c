// Made-up articles that exercise every field and every character exporters must escape.
#pragma once

#include "core/export/exportitem.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>

namespace ExportFixtures {

// [0] a full article: column, kicker, subtitle, three bylines (one a photographer), dateline,
//     captions, photo credit, continued on page 2;
// [1] a short notice signed （耀文） whose title and body hold <script>, quotes, commas and TeX specials;
// [2] an article with four reporters and no newspaper issue number.
QList<Baoku::Core::ExportItem> items();

// The golden file's bytes; with BAOKU_UPDATE_GOLDEN=1 in the environment it writes `actual` first.
QByteArray golden(const QString &name, const QByteArray &actual);

} // namespace ExportFixtures

namespace Catch {
// Failed checks print QStrings as text.
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return text.toStdString(); }
};
} // namespace Catch
