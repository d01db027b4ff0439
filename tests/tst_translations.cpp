// The translations in translations/ are whole and current: every message of
// every catalog translated (with its language's plural forms, its
// placeholders and its keyboard mnemonic), and nothing new or gone in the
// sources that lupdate would add or drop, so the test command fails on a
// string that a translator has not seen yet or that was removed from the code.

#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace almanac::test;

namespace {

// %1 … %99, %n and their %L forms.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured(1));
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

// How many plural forms Qt's rules give a language.
int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ar")))
        return 6;
    return 2; // de, he: singular and plural
}

QStringList problemsIn(const TsFile &ts, const QString &file)
{
    QStringList problems;
    for (const Message &m : ts.messages) {
        const QString where = QStringLiteral("%1: %2 “%3”").arg(file, m.context, m.source);
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms(ts.language))
            problems << QStringLiteral("%1 has %2 plural forms").arg(where).arg(m.forms.size());
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(" has an empty translation");
                continue;
            }
            QSet<QString> have = placeholders(form);
            QSet<QString> need = wanted;
            if (m.numerus) { // "one comment", "two comments" may say the number in words
                need.remove(QStringLiteral("n"));
                have.remove(QStringLiteral("n"));
            }
            if (have != need)
                problems << QStringLiteral("%1: “%2” does not keep its placeholders").arg(where, form);
            // A text may go without one where every letter of it is taken on
            // its page (the translator says so: "No mnemonic: …").
            const bool mayLackIt = m.translatorComment.startsWith(QLatin1String("No mnemonic"));
            if (hasMnemonic(m.source) != hasMnemonic(form) && !(mayLackIt && !hasMnemonic(form)))
                problems << QStringLiteral("%1: “%2” does not keep its keyboard mnemonic").arg(where, form);
        }
    }
    return problems;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(ALMANAC_SOURCE_DIR "/translations"))
        .entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated();
    void arabicTurnsTheInterfaceRightToLeft();
    void lupdateFindsNothingNewOrGone();
    void problemsAreFound();
};

void TestTranslations::everyMessageIsTranslated()
{
    const QStringList files = tsFiles();
    QVERIFY(files.contains(QStringLiteral("almanac-studio_de.ts")));
    QVERIFY(files.contains(QStringLiteral("almanac-studio_ar.ts")));
    QVERIFY(files.contains(QStringLiteral("almanac_de.ts")));
    QVERIFY(files.contains(QStringLiteral("almanac_ar.ts")));
    for (const QString &file : files) {
        const TsFile ts = readTs(QStringLiteral(ALMANAC_SOURCE_DIR "/translations/") + file);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(file));
        const QStringList problems = problemsIn(ts, file);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

void TestTranslations::arabicTurnsTheInterfaceRightToLeft()
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("ar")}) {
        const TsFile ts =
            readTs(QStringLiteral(ALMANAC_SOURCE_DIR "/translations/almanac-studio_%1.ts").arg(language));
        QString direction;
        for (const Message &m : ts.messages) {
            if (m.context == QLatin1String("QGuiApplication") &&
                m.source == QLatin1String("QT_LAYOUT_DIRECTION"))
                direction = m.forms.value(0);
        }
        QCOMPARE(direction, language == QLatin1String("ar") ? QStringLiteral("RTL") : QStringLiteral("LTR"));
    }
}

void TestTranslations::lupdateFindsNothingNewOrGone()
{
    // translations/update.sh --check: lupdate on copies of every catalog, with
    // the sources each is made from. A message new in the sources comes in
    // unfinished, one no longer there is marked vanished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(ALMANAC_LUPDATE));
    update.setProcessEnvironment(env);
    update.start(QStringLiteral(ALMANAC_SOURCE_DIR "/translations/update.sh"),
                 {QStringLiteral("--check"), dir.path()});
    QVERIFY(update.waitForFinished(300000));
    const QByteArray said = update.readAll();
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0, said.constData());
    QVERIFY2(!said.contains("lacks Q_OBJECT"), said.constData());
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QCOMPARE(copies, tsFiles());
    for (const QString &file : copies) {
        const TsFile updated = readTs(dir.filePath(file));
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        const QStringList problems = problemsIn(updated, file);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("run translations/update.sh and translate in "
                                                               "Qt Linguist:\n") +
                                                problems.join(u'\n')));
    }
}

void TestTranslations::problemsAreFound()
{
    // The checks above can fail: a catalog with each fault.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("faulty_ar.ts"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ar"><context><name>C</name>
<message><source>Open %1</source><translation type="unfinished"></translation></message>
<message><source>Save %1 as %2</source><translation>حفظ %1</translation></message>
<message><source>&amp;File</source><translation>ملف</translation></message>
<message numerus="yes"><source>%n guide(s)</source><translation><numerusform>%n دليل</numerusform><numerusform>%n أدلة</numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">ذهب</translation></message>
<message><source>Fine %1</source><translation>جيد %1</translation></message>
</context></TS>
)");
    f.close();
    const QStringList problems = problemsIn(readTs(path), QStringLiteral("faulty_ar.ts"));
    QVERIFY2(problems.size() == 5, qPrintable(problems.join(u'\n')));
    QVERIFY2(problems[0].contains(QStringLiteral("“Open %1” is unfinished")), qPrintable(problems[0]));
    QVERIFY(problems[1].contains(QLatin1String("does not keep its placeholders")));
    QVERIFY(problems[2].contains(QLatin1String("keyboard mnemonic")));
    QVERIFY(problems[3].contains(QLatin1String("has 2 plural forms")));
    QVERIFY(problems[4].contains(QLatin1String("is vanished")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
