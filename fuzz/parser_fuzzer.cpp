// Feeds arbitrary bytes through decoding, parsing and JSON output: nothing may crash, hang or leak.
#include "core/common/issuejson.h"
#include "core/parser/issueparser.h"
#include "core/common/textdecoder.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Baoku::Core::TextLimits limits;
    limits.maxFileBytes = 1 << 20;
    const auto decoded = Baoku::Core::decodeText(bytes, limits);
    if (!decoded.ok())
        return 0;
    const auto outcome = Baoku::Core::IssueParser().parseText(decoded.text, QStringLiteral("fuzz-2024-01-02.txt"));
    if (outcome.ok())
        (void)QJsonDocument(Baoku::Core::toJson(*outcome.issue)).toJson();
    return 0;
}
