// Encodes test text as GB18030 with ICU, to feed the decoder what Chinese OCR software may write.
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

#include <unicode/ucnv.h>

inline QByteArray toGb18030(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("GB18030", &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(conv);
    REQUIRE(U_SUCCESS(status));
    out.truncate(n);
    return out;
}
