// boundedfile: the one way files are read. Regular files only (pipes, devices
// and links to them refused before opening), never past the limit plus one
// byte, with messages that name the file and what it is.

#include "io/boundedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace almanac;
using boundedfile::Links;
using boundedfile::Type;

class TestBoundedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void limit();
    void streamStopsAfterLimitPlusOne();
    void types_data();
    void types();
    void links();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &data) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(data), data.size());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBoundedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBoundedFile::limit()
{
    write(QStringLiteral("f"), QByteArray(3 * 1024 * 1024, 'x'));
    QString error;
    const auto all =
        boundedfile::read(path(QStringLiteral("f")), 3 * 1024 * 1024, QStringLiteral("a test"), &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->size(), 3 * 1024 * 1024);
    QVERIFY(!boundedfile::read(path(QStringLiteral("f")), 2 * 1024 * 1024, QStringLiteral("a test"), &error));
    QCOMPARE(error,
             path(QStringLiteral("f")) + QStringLiteral(": the file is 3 MiB; a test may be at most 2 MiB"));
}

void TestBoundedFile::streamStopsAfterLimitPlusOne()
{
    write(QStringLiteral("f"), QByteArray(1024 * 1024, 'x'));
    qint64 seen = 0;
    QString error;
    const qint64 n = boundedfile::stream(
        path(QStringLiteral("f")), 10, Links::Refuse, [&](QByteArrayView b) { seen += b.size(); }, &error);
    QCOMPARE(n, 11);
    QCOMPARE(seen, 11);
    QCOMPARE(boundedfile::stream(
                 path(QStringLiteral("f")), 2 << 20, Links::Refuse, [](QByteArrayView) {}, &error),
             1024 * 1024);
}

void TestBoundedFile::types_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "nothing" << int(Type::Missing) << ": cannot read: No such file or directory";
    QTest::newRow("folder") << "folder" << int(Type::Folder) << ": is a folder, not a test";
    QTest::newRow("pipe") << "pipe" << int(Type::Fifo)
                          << ": is a named pipe (FIFO), not a regular file; refusing to read it";
    QTest::newRow("device") << "/dev/zero" << int(Type::CharDevice)
                            << ": is a character device, not a regular file; refusing to read it";
}

void TestBoundedFile::types()
{
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(QString, message);
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder"))));
    QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe"))).constData(), 0600), 0);
    const QString full = file.startsWith(u'/') ? file : path(file);
    QCOMPARE(int(boundedfile::typeOf(full)), type);
    QString error;
    QVERIFY(!boundedfile::read(full, 1024, QStringLiteral("a test"), &error));
    QCOMPARE(error, full + message);
}

void TestBoundedFile::links()
{
    write(QStringLiteral("f"), "text");
    QVERIFY(QFile::link(path(QStringLiteral("f")), path(QStringLiteral("link"))));
    QVERIFY(QFile::link(path(QStringLiteral("gone")), path(QStringLiteral("dangling"))));
    QCOMPARE(boundedfile::typeOf(path(QStringLiteral("link"))), Type::Link);
    QCOMPARE(boundedfile::typeOf(path(QStringLiteral("link")), Links::Follow), Type::File);
    QString error;
    QCOMPARE(
        boundedfile::read(path(QStringLiteral("link")), 10, QStringLiteral("a test"), &error).value_or(""),
        QByteArray("text"));
    QVERIFY(!boundedfile::read(path(QStringLiteral("link")), 10, QStringLiteral("a test"), &error,
                               Links::Refuse));
    QCOMPARE(error,
             path(QStringLiteral("link")) + QStringLiteral(": is a symbolic link; refusing to follow it"));
    QVERIFY(!boundedfile::read(path(QStringLiteral("dangling")), 10, QStringLiteral("a test"), &error));
    QVERIFY2(error.startsWith(path(QStringLiteral("dangling")) +
                              QStringLiteral(": is a symbolic link that leads nowhere readable")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
