#pragma once

#include <QString>
#include <QStringView>

namespace almanac::language {

// The language a guide is written in, as a BCP 47 tag ("en", "de-AT", "ar",
// "sr-Latn", "zh-Hant-TW"). A guide without one is English, as every guide
// was before guides had a language; its files stay as they were (the key is
// written only when set) and its pages say lang="en".
inline constexpr QStringView fallback = u"en";

// language[-script][-region][-variant]... with the subtags' usual case
// ("DE-at" is not refused: canonical() gives "de-AT"). Private use and
// extensions are not taken; a page's lang attribute needs none of them.
bool isValid(QStringView tag);
// Lower-case language and variants, title-case script, upper-case region.
QString canonical(QStringView tag);
// Written right to left: Arabic, Hebrew, Persian, Urdu, ... or any tag whose
// script subtag is a right-to-left script ("az-Arab"; "ku-Latn" is not).
bool isRightToLeft(QStringView tag);
// What a page's dir attribute says: "rtl" or "ltr".
QString direction(QStringView tag);
// Open Graph's og:locale: language_REGION ("de_AT"), or the language alone.
QString openGraphLocale(QStringView tag);
// The primary language subtag ("de" of "de-AT").
QString primary(QStringView tag);
// The tag a page carries: the guide's, or the fallback when it has none.
QString ofPage(const QString &tag);

} // namespace almanac::language
