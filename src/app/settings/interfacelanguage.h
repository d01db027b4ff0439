#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace almanac::interfacelanguage {

// The languages the workstation speaks, as BCP 47 tags, English (the source) first.
QStringList available();

// The language chosen in Preferences; empty: the system's.
QString chosen();
void choose(const QString &tag);

// The language the interface speaks: the chosen one, else the system's.
QLocale locale();
// The first of the system's preferred languages that the workstation speaks, else English.
QLocale systemLocale();

// Installs the translations of locale() (the workstation's and Qt's own, for
// its standard dialogs and buttons), replacing any installed before. Arabic
// turns the whole interface right to left (the translation's
// QT_LAYOUT_DIRECTION). Returns the locale installed.
QLocale install(QCoreApplication *app);

// A language's name in that language: "English", "Deutsch", "العربية".
QString nativeName(const QString &tag);

} // namespace almanac::interfacelanguage
