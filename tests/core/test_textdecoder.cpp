#include <catch2/catch.hpp>

#include "gb18030.h"
#include "core/common/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>


using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

const QString sample = u"本报讯 11月10日，工业和\n信息化部部长金壮龙在北京会见\n欧盟委员会内部市场委员布雷顿一行。\n"_s;

} // namespace

TEST_CASE("UTF-8 with and without BOM decode to the same text", "[decoder]")
{
    const auto plain = decodeText(sample.toUtf8());
    const auto bom = decodeText("\xEF\xBB\xBF" + sample.toUtf8());
    REQUIRE(plain.ok());
    REQUIRE(bom.ok());
    CHECK(plain.text == sample);
    CHECK(bom.text == sample);
    CHECK(plain.encoding == u"UTF-8"_s);
}

TEST_CASE("UTF-16 with BOM, both byte orders", "[decoder]")
{
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    const auto fromLe = decodeText("\xFF\xFE" + QByteArray(le.encode(sample)));
    const auto fromBe = decodeText("\xFE\xFF" + QByteArray(be.encode(sample)));
    REQUIRE(fromLe.ok());
    REQUIRE(fromBe.ok());
    CHECK(fromLe.text == sample);
    CHECK(fromBe.text == sample);
    CHECK(fromLe.encoding == u"UTF-16LE"_s);
}

TEST_CASE("GB18030 is detected and decoded", "[decoder]")
{
    QString longer;
    for (int i = 0; i < 20; ++i)
        longer += sample;
    const auto decoded = decodeText(toGb18030(longer));
    REQUIRE(decoded.ok());
    CHECK(decoded.encoding == u"GB18030"_s);
    CHECK(decoded.text == longer);
}

TEST_CASE("CRLF and CR line ends become LF", "[decoder]")
{
    QString crlf = sample;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QString cr = sample;
    cr.replace(u'\n', u'\r');
    CHECK(decodeText(crlf.toUtf8()).text == sample);
    CHECK(decodeText(cr.toUtf8()).text == sample);
}

TEST_CASE("Bad input is refused with a reason", "[decoder][bad]")
{
    SECTION("empty") {
        const auto d = decodeText(QByteArray());
        CHECK_FALSE(d.ok());
        CHECK(d.error.contains(u"empty"_s));
    }
    SECTION("white space only") {
        CHECK_FALSE(decodeText("  \n\n \t\n").ok());
    }
    SECTION("binary with NUL bytes") {
        QByteArray bin;
        for (int i = 0; i < 4096; ++i)
            bin.append(char(i * 37 % 256));
        const auto d = decodeText(bin);
        CHECK_FALSE(d.ok());
        CHECK(d.error.contains(u"binary"_s));
    }
    SECTION("an invalid byte in UTF-8 text") {
        QByteArray bytes = sample.toUtf8();
        bytes.insert(10, "\xC3\x28");
        const auto d = decodeText(bytes);
        CHECK_FALSE(d.ok());
        CHECK(d.error.contains(u"byte"_s));
    }
    SECTION("too large") {
        TextLimits limits;
        limits.maxFileBytes = 100;
        const auto d = decodeText(QByteArray(200, 'a'), limits);
        CHECK_FALSE(d.ok());
        CHECK(d.error.contains(u"MB"_s));
    }
    SECTION("a very long line") {
        TextLimits limits;
        limits.maxLineChars = 1000;
        const auto d = decodeText(QByteArray(5000, 'a') + "\nshort\n", limits);
        CHECK_FALSE(d.ok());
        CHECK(d.error.contains(u"line 1"_s));
    }
}

TEST_CASE("loadTextFile names the file and hashes its bytes", "[decoder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"issue.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("abc");
    file.close();
    const auto loaded = loadTextFile(path);
    REQUIRE(loaded.decoded.ok());
    // SHA-256 of "abc", from FIPS 180-2.
    CHECK(loaded.sha256 == u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);

    // Many blocks: a million times "a" (FIPS 180-2's third example).
    const QString million = dir.filePath(u"million.txt"_s);
    QFile large(million);
    REQUIRE(large.open(QIODevice::WriteOnly));
    large.write(QByteArray(1000000, 'a'));
    large.close();
    CHECK(loadTextFile(million).sha256 == u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s);

    const auto missing = loadTextFile(dir.filePath(u"missing.txt"_s));
    CHECK_FALSE(missing.decoded.ok());
    CHECK(missing.decoded.error.contains(u"missing.txt"_s));
}
