// The guide document: one undo history for every edit, and models that stay
// right (checked by QAbstractItemModelTester) through edits, undo and redo.

#include "document/guidedocument.h"
#include "document/partmodel.h"
#include "io/guidefile.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace almanac;

namespace {
Guide demo()
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/crispr.json"), &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}
} // namespace

class TestGuideDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRestoresEverythingExactly();
    void editMenuNamesTheAction();
    void typingMergesPerWord();
    void timelineStaysSorted();
    void modelsFollowUndoAndRedo_data();
    void modelsFollowUndoAndRedo();
    void dragAndDropMovesARow();
    void citedInColumn();
    void replaceContentIsOneStep();
};

void TestGuideDocument::undoRestoresEverythingExactly()
{
    const Guide original = demo();
    GuideDocument doc(original);
    doc.setField(QStringLiteral("title"), QStringLiteral("A new title"));
    doc.setField(QStringLiteral("tldr"), QStringLiteral("Short."));
    const int s = doc.insertItem(Part::Sections, 1, QStringLiteral("Inserted"));
    doc.setItemField(Part::Sections, s, QStringLiteral("body"),
                     QStringLiteral("Body [@genome-gazette-jinek]."));
    doc.moveItem(Part::Sections, 0, 3);
    doc.removeItem(Part::Faq, 2);
    doc.insertItem(Part::Timeline, 0, QStringLiteral("Event"));
    doc.setItemField(Part::Timeline, 0, QStringLiteral("date"), QStringLiteral("2019-05"));
    doc.insertItem(Part::Sources, 0, QStringLiteral("new-key"));
    doc.setItemField(Part::Sources, 0, QStringLiteral("relevance"), 9);
    doc.setList(Part::Topics, {QStringLiteral("Only one")});
    doc.moveItem(Part::Takeaways, 4, 0);
    const Guide edited = doc.guide();
    QVERIFY(doc.undoStack()->count() >= 12);

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    Guide back = doc.guide();
    back.updated = original.updated; // the edit time is not content
    QCOMPARE(back, original);

    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    Guide again = doc.guide();
    again.updated = edited.updated;
    QCOMPARE(again, edited);
    QCOMPARE(again.sections[3].heading, original.sections[0].heading);
    QCOMPARE(again.takeaways[0], original.takeaways[4]);
}

void TestGuideDocument::editMenuNamesTheAction()
{
    GuideDocument doc(demo());
    doc.insertItem(Part::Timeline, 0);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add timeline entry"));
    doc.removeItem(Part::Sources, 0);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove source"));
    doc.moveItem(Part::Sections, 0, 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move section"));
    doc.setField(QStringLiteral("tldr"), QStringLiteral("x"));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit TL;DR"));
}

void TestGuideDocument::typingMergesPerWord()
{
    GuideDocument doc(demo());
    QString text;
    for (const QChar c : QStringLiteral("Hello world again")) {
        text += c;
        doc.setField(QStringLiteral("title"), text);
    }
    // Three words: three steps.
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.guide().title, QStringLiteral("Hello world "));
    doc.undoStack()->undo();
    QCOMPARE(doc.guide().title, QStringLiteral("Hello "));
    // A pause also ends a step.
    GuideDocument paused(demo());
    paused.setField(QStringLiteral("title"), QStringLiteral("Ab"));
    QTest::qWait(1100);
    paused.setField(QStringLiteral("title"), QStringLiteral("Abc"));
    QCOMPARE(paused.undoStack()->count(), 2);
    // Setting the same value adds nothing.
    paused.setField(QStringLiteral("title"), QStringLiteral("Abc"));
    QCOMPARE(paused.undoStack()->count(), 2);
}

void TestGuideDocument::timelineStaysSorted()
{
    const Guide original = demo();
    GuideDocument doc(original);
    PartModel model(&doc, Part::Timeline);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString movedId = doc.itemId(Part::Timeline, 0);
    doc.setItemField(Part::Timeline, 0, QStringLiteral("date"), QStringLiteral("2099"));
    QCOMPARE(doc.itemId(Part::Timeline, doc.itemCount(Part::Timeline) - 1), movedId);
    for (int i = 1; i < doc.itemCount(Part::Timeline); ++i)
        QVERIFY(doc.guide().timeline[i - 1].date <= doc.guide().timeline[i].date);
    doc.undoStack()->undo();
    QCOMPARE(doc.itemId(Part::Timeline, 0), movedId);
    QCOMPARE(doc.guide().timeline[0].date, original.timeline[0].date);
    // A bad date is refused by the model and changes nothing.
    QVERIFY(
        !model.setData(model.index(0, model.columnOf(QStringLiteral("date"))), QStringLiteral("2015-13")));
    QCOMPARE(doc.undoStack()->count(), 1);
    // Clearing the date sends the entry to the end, undated.
    QVERIFY(model.setData(model.index(0, model.columnOf(QStringLiteral("date"))), QString()));
    QCOMPARE(doc.itemId(Part::Timeline, doc.itemCount(Part::Timeline) - 1), movedId);
}

void TestGuideDocument::modelsFollowUndoAndRedo_data()
{
    QTest::addColumn<int>("part");
    QTest::newRow("takeaways") << static_cast<int>(Part::Takeaways);
    QTest::newRow("sections") << static_cast<int>(Part::Sections);
    QTest::newRow("timeline") << static_cast<int>(Part::Timeline);
    QTest::newRow("faq") << static_cast<int>(Part::Faq);
    QTest::newRow("sources") << static_cast<int>(Part::Sources);
}

void TestGuideDocument::modelsFollowUndoAndRedo()
{
    QFETCH(int, part);
    const Part p = static_cast<Part>(part);
    GuideDocument doc(demo());
    PartModel model(&doc, p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int rows = model.rowCount();

    doc.insertItem(p, 1, QStringLiteral("fresh"));
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(1, 0).data(PartModel::IdRole).toString(), doc.itemId(p, 1));
    QVERIFY(model.setData(model.index(1, model.columnCount() - 1 - (p == Part::Sources ? 1 : 0)),
                          p == Part::Sources ? QVariant(7) : QVariant(QStringLiteral("edited"))));
    QVERIFY(!changed.isEmpty());
    doc.moveItem(p, 0, 2);
    QCOMPARE(moved.count(), 1);
    doc.removeItem(p, 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), rows);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), rows);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(model.rowCount(), rows);
}

void TestGuideDocument::dragAndDropMovesARow()
{
    GuideDocument doc(demo());
    PartModel model(&doc, Part::Sections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = doc.itemId(Part::Sections, 0);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0)}));
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
    // Dropped before row 3: it lands at index 2.
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(doc.itemId(Part::Sections, 2), first);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move section"));
}

void TestGuideDocument::citedInColumn()
{
    GuideDocument doc(demo());
    PartModel model(&doc, Part::Sources);
    const int cited = model.columnOf(QStringLiteral("cited"));
    QVERIFY(cited >= 0);
    const int row = doc.insertItem(Part::Sources, 0, QStringLiteral("fresh-key"));
    QCOMPARE(model.index(row, cited).data().toString(), QStringLiteral("not cited"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    doc.setItemField(Part::Sections, 1, QStringLiteral("body"), QStringLiteral("Now cited [@fresh-key]."));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(row, cited).data().toString(), QStringLiteral("section 2"));
    QVERIFY(!(model.flags(model.index(row, cited)) & Qt::ItemIsEditable));
}

void TestGuideDocument::replaceContentIsOneStep()
{
    const Guide original = demo();
    GuideDocument doc(original);
    PartModel model(&doc, Part::Sections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Guide older = original;
    older.sections.removeLast();
    older.title = QStringLiteral("Older title");
    doc.replaceContent(older, QStringLiteral("Restore v1"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Restore v1"));
    QCOMPARE(model.rowCount(), older.sections.size());
    doc.undoStack()->undo();
    QCOMPARE(doc.guide().title, original.title);
    QCOMPARE(model.rowCount(), original.sections.size());
}

QTEST_MAIN(TestGuideDocument)
#include "tst_guidedocument.moc"
