// The reusable editing widgets (date, relevance and URL delegates, the drawn
// timeline and the tag editor), driven with real key and mouse events.

#include "delegates/partialdatedelegate.h"
#include "delegates/relevancedelegate.h"
#include "delegates/urldelegate.h"
#include "widgets/tagedit.h"
#include "widgets/timelineview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValidator>

using namespace almanac;

namespace {

// Exposes the protected hook that decides how a cell is drawn.
class DateProbe : public PartialDateDelegate
{
public:
    using PartialDateDelegate::initStyleOption;
};

class UrlProbe : public UrlDelegate
{
public:
    using UrlDelegate::initStyleOption;
};

QStandardItemModel *timelineModel(QObject *parent, const QList<QPair<QString, QString>> &entries)
{
    auto *model = new QStandardItemModel(0, 2, parent);
    for (const auto &[date, title] : entries)
        model->appendRow({new QStandardItem(date), new QStandardItem(title)});
    return model;
}

template <typename Editor> Editor *openEditor(QTableView &view, const QModelIndex &index)
{
    view.setCurrentIndex(index);
    view.edit(index);
    return view.viewport()->findChild<Editor *>();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x55));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

} // namespace

class TestPartWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dateValidator_data();
    void dateValidator();
    void dateEditorWritesCanonicalDate();
    void dateEditorTakesNewForms();
    void dateDisplay();
    void relevanceLimits();
    void urlRefusesNonWebAddresses();
    void urlAcceptsHttps();
    void timelineOrdersDotsByDate();
    void timelineRangesAndMedia();
    void timelineClickActivatesRow();
    void timelineFollowsTheModel();
    void timelineSizes();
    void timelineKeyboard();
    void tagEditTyping();
    void tagEditRemoving();
    void tagEditSetTagsIsSilent();
    void tagEditCompletionsAndFlow();
    void screenshots();
};

void TestPartWidgets::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestPartWidgets::dateValidator_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("state");
    const int ok = QValidator::Acceptable;
    const int partial = QValidator::Intermediate;
    const int bad = QValidator::Invalid;
    const QList<QPair<const char *, int>> cases = {
        {"", ok},
        {"2015", ok},
        {"2015-08", ok},
        {"2015-08-27", ok},
        {"2016-02-29", ok},
        {"0001", ok},
        {"2", partial},
        {"201", partial},
        {"2015-", partial},
        {"2015-1", partial},
        {"2015-0", partial},
        {"2015-9", partial},
        {"2015-08-", partial},
        {"2015-08-2", partial},
        {"2015-8-3", partial},
        {"2015-13", bad},
        {"2015-00", bad},
        {"2015-02-30", bad},
        {"2015-02-29", bad},
        {"2015-04-31", bad},
        {"2015-08-32", bad},
        {"2015-08-00", bad},
        {"2015-0-1", bad},
        {"0000", ok}, // year 0, as CSL and TimelineJS number years
        {"20155", bad},
        {"2015/08", partial}, // a range whose end is being typed
        {"2015/0", partial},
        {"2015/", partial},
        {"2015/2016", ok},
        {"2015-08-27/2015-09-02", ok},
        {"201/2016", bad},          // the start must be whole first
        {"2015-8-2/2016", partial}, // padded when it is stored
        {"2015/2016/", bad},
        {"-", partial},
        {"-004", partial},
        {"-0044", ok},
        {"-0044-03-15", ok},
        {"Y", partial},
        {"Y-", partial},
        {"Y-1380", partial},
        {"Y-13800000000", ok},
        {"Y12000", ok},
        {"Y0", bad},
        {"Y12000-05", bad}, // a long year has no month
        {"2015-2", partial},
        {"2015-21", ok}, // spring
        {"2015-24", ok}, // winter
        {"2015-25", bad},
        {"2015-21-01", bad}, // a season has no day
        {"1950~", ok},
        {"1950-08~", ok},
        {"1950~/1960", ok},
        {"1950-~", bad},
        {"~", bad},
        {"abcd", bad},
        {" 2015", bad},
        {"2015-08-27-", bad},
        {"2015--", bad},
        {"-2015", ok}, // 2015 BCE
        {"2015-08-271", bad},
    };
    for (const auto &[input, state] : cases)
        QTest::addRow("\"%s\"", input) << QString::fromLatin1(input) << state;
}

void TestPartWidgets::dateValidator()
{
    QFETCH(QString, input);
    QFETCH(int, state);
    QCOMPARE(int(PartialDateDelegate::validate(input)), state);

    // The same answer from the validator the real editor carries.
    PartialDateDelegate delegate;
    QWidget parent;
    std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), QModelIndex()));
    auto *lineEdit = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(lineEdit);
    QVERIFY(lineEdit->validator());
    int pos = int(input.size());
    QString text = input;
    QCOMPARE(int(lineEdit->validator()->validate(text, pos)), state);
}

void TestPartWidgets::dateEditorWritesCanonicalDate()
{
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), QStringLiteral("2014"));
    model.setData(model.index(1, 0), QStringLiteral("2001-09-11"));
    PartialDateDelegate delegate;
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, &delegate);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    auto *editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("2014"));
    QCOMPARE(editor->placeholderText(), QStringLiteral("YYYY, YYYY-MM, YYYY-MM-DD, 1950~, 1964/2008"));
    QVERIFY(!editor->accessibleName().isEmpty());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2015-13"));
    QCOMPARE(editor->text(), QStringLiteral("2015-1")); // the 3 could never make a month
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, QStringLiteral("8"));
    QCOMPARE(editor->text(), QStringLiteral("2015-8"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2015-08"));
    QTRY_VERIFY(!view.viewport()->findChild<QLineEdit *>());

    // A full day, then clearing the date to undated.
    editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2015-8-3"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_COMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2015-08-03"));
    QTRY_VERIFY(!view.viewport()->findChild<QLineEdit *>());

    editor = openEditor<QLineEdit>(view, model.index(1, 0));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model.data(model.index(1, 0)).toString(), QString());

    // An unfinished date never reaches the model.
    editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QTRY_VERIFY(editor = view.viewport()->findChild<QLineEdit *>());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("201"));
    delegate.setModelData(editor, &model, model.index(0, 0));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2015-08-03"));
}

// BCE years, seasons, circa and ranges typed key by key reach the model in
// canonical form; what cannot be a date gets a message that says what can.
void TestPartWidgets::dateEditorTakesNewForms()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("2014"));
    PartialDateDelegate delegate;
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, &delegate);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QList<std::pair<QString, QString>> typed = {
        {QStringLiteral("-0044-3-15"), QStringLiteral("-0044-03-15")},
        {QStringLiteral("2015-21"), QStringLiteral("2015-21")},
        {QStringLiteral("1950~"), QStringLiteral("1950~")},
        {QStringLiteral("1964/2008"), QStringLiteral("1964/2008")},
        {QStringLiteral("2015-8-27/2015-9-2"), QStringLiteral("2015-08-27/2015-09-02")},
        {QStringLiteral("Y-13800000000"), QStringLiteral("Y-13800000000")},
        {QStringLiteral("2015-08"), QStringLiteral("2015-08")},
    };
    for (const auto &[keys, stored] : typed) {
        auto *editor = openEditor<QLineEdit>(view, model.index(0, 0));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, keys);
        QCOMPARE(editor->text(), keys);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model.data(model.index(0, 0)).toString(), stored);
        QTRY_VERIFY(!view.viewport()->findChild<QLineEdit *>());
    }
    QCOMPARE(delegate.displayText(QStringLiteral("2015-21"), QLocale()), QStringLiteral("spring 2015"));
    QCOMPARE(delegate.displayText(QStringLiteral("1950~"), QLocale()), QStringLiteral("c. 1950"));

    // A keystroke that cannot make a date is refused, and the tooltip says why.
    auto *editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2015-2x"));
    QCOMPARE(editor->text(), QStringLiteral("2015-2"));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("would not make a date")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("1964/2008")));
    QToolTip::hideText();
    // An unfinished date is not stored, and the message says so and what stays.
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, QStringLiteral("/19"));
    QCOMPARE(editor->text(), QStringLiteral("2015/19"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY2(QToolTip::isVisible() &&
                     QToolTip::text().contains(QStringLiteral("\"2015/19\" is not a whole date yet")),
                 qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("The date stays 2015-08.")));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2015-08"));
    QCOMPARE(PartialDateDelegate::problem(QStringLiteral("2015-13")).left(23),
             QStringLiteral("\"2015-13\" is not a date"));
    QVERIFY(PartialDateDelegate::problem(QStringLiteral("2015-8")).isEmpty()); // padded, it is one
}

void TestPartWidgets::dateDisplay()
{
    DateProbe delegate;
    const QLocale locale;
    QCOMPARE(delegate.displayText(QStringLiteral("2015-08-27"), locale), QStringLiteral("27 Aug 2015"));
    QCOMPARE(delegate.displayText(QStringLiteral("2015-08"), locale), QStringLiteral("Aug 2015"));
    QCOMPARE(delegate.displayText(QStringLiteral("2015"), locale), QStringLiteral("2015"));
    QCOMPARE(delegate.displayText(QString(), locale), QStringLiteral("undated"));

    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), QString());
    model.setData(model.index(1, 0), QStringLiteral("2015-08-27"));
    QStyleOptionViewItem undated;
    delegate.initStyleOption(&undated, model.index(0, 0));
    QCOMPARE(undated.text, QStringLiteral("undated"));
    QVERIFY(undated.font.italic());
    QStyleOptionViewItem dated;
    delegate.initStyleOption(&dated, model.index(1, 0));
    QCOMPARE(dated.text, QStringLiteral("27 Aug 2015"));
    QVERIFY(!dated.font.italic());
    QVERIFY(undated.palette.color(QPalette::Text) != dated.palette.color(QPalette::Text));
    const QColor red = undated.palette.color(QPalette::Text);
    QVERIFY(red.red() > red.green() + 60 && red.red() > red.blue() + 60);
}

void TestPartWidgets::relevanceLimits()
{
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), 7);
    model.setData(model.index(1, 0), 15); // out of range data must not escape the editor
    RelevanceDelegate delegate;
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, &delegate);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull()); // paints the bars

    auto *spin = openEditor<QSpinBox>(view, model.index(0, 0));
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 10);
    QCOMPARE(spin->value(), 7);
    QVERIFY(!spin->accessibleName().isEmpty());
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), 10);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(model.data(model.index(0, 0)).toInt(), 10);
    QTRY_VERIFY(!view.viewport()->findChild<QSpinBox *>());

    spin = openEditor<QSpinBox>(view, model.index(1, 0));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 10);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_VERIFY(!view.viewport()->findChild<QSpinBox *>());
    QVERIFY(model.data(model.index(1, 0)).toInt() >= 1);
    QVERIFY(model.data(model.index(1, 0)).toInt() <= 10);

    spin = openEditor<QSpinBox>(view, model.index(1, 0));
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("1"));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(spin->value(), 1);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(model.data(model.index(1, 0)).toInt(), 1);
}

void TestPartWidgets::urlRefusesNonWebAddresses()
{
    const QString old = QStringLiteral("https://example.org/old");
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), old);
    model.setData(model.index(1, 0), QStringLiteral("ftp://example.org/file"));
    UrlDelegate delegate;
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, &delegate);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(UrlDelegate::isAcceptable(QString()));
    QVERIFY(UrlDelegate::isAcceptable(QStringLiteral("https://example.org")));
    QVERIFY(!UrlDelegate::isAcceptable(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!UrlDelegate::isAcceptable(QStringLiteral("ftp://example.org/")));
    QVERIFY(!UrlDelegate::isAcceptable(QStringLiteral("example.org")));

    auto *editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QVERIFY(editor);
    QVERIFY(editor->styleSheet().isEmpty());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("javascript:alert(1)"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    // Refused: the editor stays open, framed in red, with the reason in its tooltip.
    QCOMPARE(view.viewport()->findChild<QLineEdit *>(), editor);
    QVERIFY(!editor->styleSheet().isEmpty());
    QVERIFY(!editor->toolTip().isEmpty());
    QCOMPARE(model.data(model.index(0, 0)).toString(), old);
    // Editing clears the mark.
    QTest::keyClick(editor, Qt::Key_Backspace);
    QVERIFY(editor->styleSheet().isEmpty());
    // A commit by other means (focus leaving) keeps the old value too.
    QTest::keyClicks(editor, QStringLiteral(")"));
    delegate.setModelData(editor, &model, model.index(0, 0));
    QCOMPARE(model.data(model.index(0, 0)).toString(), old);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view.viewport()->findChild<QLineEdit *>());
    QCOMPARE(model.data(model.index(0, 0)).toString(), old);

    // A stored address that is not a web address is painted in red.
    UrlProbe probe;
    QStyleOptionViewItem good;
    QStyleOptionViewItem bad;
    probe.initStyleOption(&good, model.index(0, 0));
    probe.initStyleOption(&bad, model.index(1, 0));
    QVERIFY(good.palette.color(QPalette::Text) != bad.palette.color(QPalette::Text));
    const QColor red = bad.palette.color(QPalette::Text);
    QVERIFY(red.red() > red.green() + 60);
}

void TestPartWidgets::urlAcceptsHttps()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("https://example.org/old"));
    UrlDelegate delegate;
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(0, &delegate);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    auto *editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("  https://www.example.com/a?b=c  "));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("https://www.example.com/a?b=c"));
    QTRY_VERIFY(!view.viewport()->findChild<QLineEdit *>());

    editor = openEditor<QLineEdit>(view, model.index(0, 0));
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model.data(model.index(0, 0)).toString(), QString());
}

void TestPartWidgets::timelineOrdersDotsByDate()
{
    TimelineView view;
    auto *model = timelineModel(&view, {{QStringLiteral("2020"), QStringLiteral("C")},
                                        {QStringLiteral("2010-05"), QStringLiteral("A")},
                                        {QString(), QStringLiteral("No date yet")},
                                        {QStringLiteral("2015-03-01"), QStringLiteral("B")},
                                        {QStringLiteral("2015-03-02"), QStringLiteral("B2")}});
    view.setModel(model, 0, 1);
    view.resize(view.sizeHint());
    QCOMPARE(view.sizeHint(), QSize(600, 160));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QList<QRectF> dots = view.dotRects();
    QCOMPARE(dots.size(), 5);
    QVERIFY(dots[1].center().x() < dots[3].center().x());
    QVERIFY(dots[3].center().x() < dots[4].center().x());
    QVERIFY(dots[4].center().x() < dots[0].center().x());
    QVERIFY(dots[0].center().x() < dots[2].center().x()); // undated at the end
    for (const QRectF &dot : dots)
        QVERIFY(QRectF(view.rect()).contains(dot));
}

// A range is a bar from its start to its end; media marks the label and is
// described in the tooltip.
void TestPartWidgets::timelineRangesAndMedia()
{
    TimelineView view;
    auto *model = timelineModel(&view, {{QStringLiteral("1960"), QStringLiteral("Start")},
                                        {QStringLiteral("1964/2008"), QStringLiteral("Long run")},
                                        {QStringLiteral("2010"), QStringLiteral("Quoted")},
                                        {QStringLiteral("2012"), QStringLiteral("Linked")}});
    constexpr int recordRole = Qt::UserRole + 7;
    model->setData(
        model->index(1, 1),
        QJsonObject{{QStringLiteral("media"),
                     QJsonObject{{QStringLiteral("url"), QStringLiteral("https://images.example/a.jpg")},
                                 {QStringLiteral("caption"), QStringLiteral("<i>A</i> picture")},
                                 {QStringLiteral("credit"), QStringLiteral("An archive")}}}},
        recordRole);
    model->setData(model->index(2, 1),
                   QJsonObject{{QStringLiteral("media"),
                                QJsonObject{{QStringLiteral("url"),
                                             QStringLiteral("<blockquote>Made-up words.</blockquote>")}}}},
                   recordRole);
    model->setData(model->index(3, 1),
                   QJsonObject{{QStringLiteral("media"),
                                QJsonObject{{QStringLiteral("url"), QStringLiteral("javascript:alert(1)")}}}},
                   recordRole);
    view.setModel(model, 0, 1);
    view.setRecordRole(recordRole);
    view.resize(600, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QList<QRectF> dots = view.dotRects();
    const QList<QRectF> spans = view.spanRects();
    QVERIFY(spans[0].isEmpty());
    QVERIFY(!spans[1].isEmpty());
    QCOMPARE(spans[1].left(), dots[1].center().x());
    // The bar ends where 2008 is: past the 1964 dot, before the 2010 one.
    QVERIFY(spans[1].right() > dots[1].right() + 100);
    QVERIFY(spans[1].right() < dots[2].center().x());
    QCOMPARE(view.describe(1), QStringLiteral("1964 \u2013 2008: Long run\nImage: A picture"));
    QCOMPARE(view.describe(2), QStringLiteral("2010: Quoted\nQuote: Made-up words."));
    QCOMPARE(view.describe(3), QStringLiteral("2012: Linked")); // not an http(s) URL: nothing
    const QImage drawn = view.grab().toImage();
    QVERIFY(!drawn.isNull());
}

void TestPartWidgets::timelineClickActivatesRow()
{
    TimelineView view;
    auto *model = timelineModel(&view, {{QStringLiteral("2001"), QStringLiteral("First")},
                                        {QStringLiteral("2005-06"), QStringLiteral("Second")},
                                        {QStringLiteral("2012-01-01"), QStringLiteral("Third")}});
    view.setModel(model, 0, 1);
    view.resize(600, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &TimelineView::rowActivated);

    const QList<QRectF> dots = view.dotRects();
    QTest::mouseClick(&view, Qt::LeftButton, {}, dots[1].center().toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 1);
    QCOMPARE(view.currentRow(), 1);

    // Empty space activates nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() / 2, 3));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(view.rowAt(dots[2].center()), 2);

    view.setCurrentRow(2);
    QCOMPARE(view.currentRow(), 2);
    QCOMPARE(activated.size(), 1); // set from outside: no signal
}

void TestPartWidgets::timelineFollowsTheModel()
{
    TimelineView view;
    auto *model = timelineModel(&view, {{QStringLiteral("2001"), QStringLiteral("First")},
                                        {QStringLiteral("2005"), QStringLiteral("Second")},
                                        {QStringLiteral("2009"), QStringLiteral("Third")}});
    view.setModel(model, 0, 1);
    view.resize(600, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentRow(1);
    QList<QRectF> dots = view.dotRects();
    QVERIFY(dots[0].center().x() < dots[1].center().x());

    // dataChanged: the second entry moves past the third.
    model->setData(model->index(1, 0), QStringLiteral("2012"));
    dots = view.dotRects();
    QVERIFY(dots[1].center().x() > dots[2].center().x());

    // rowsInserted (before the current row, which follows its entry).
    model->insertRow(
        0, {new QStandardItem(QStringLiteral("1990")), new QStandardItem(QStringLiteral("Zeroth"))});
    QCOMPARE(view.dotRects().size(), 4);
    QCOMPARE(view.currentRow(), 2);
    QVERIFY(view.dotRects()[0].center().x() < view.dotRects()[1].center().x());

    // rowsRemoved
    model->removeRow(0);
    QCOMPARE(view.dotRects().size(), 3);

    // modelReset
    model->clear();
    QCOMPARE(view.dotRects().size(), 0);
    QCOMPARE(view.currentRow(), -1);
    QVERIFY(!view.grab().isNull());

    // A resize lays the dots out again.
    model->appendRow({new QStandardItem(QStringLiteral("2001")), new QStandardItem(QStringLiteral("A"))});
    model->appendRow({new QStandardItem(QStringLiteral("2003")), new QStandardItem(QStringLiteral("B"))});
    const qreal before = view.dotRects()[1].center().x();
    view.resize(800, 160);
    QVERIFY(view.dotRects()[1].center().x() > before);

    // rowsMoved (QStandardItemModel cannot move rows; QStringListModel can).
    QStringListModel dates({QStringLiteral("1990"), QStringLiteral("2001"), QStringLiteral("2012")});
    view.setModel(&dates, 0, 0);
    QCOMPARE(view.dotRects().size(), 3);
    QVERIFY(dates.moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QCOMPARE(dates.index(2).data().toString(), QStringLiteral("1990"));
    dots = view.dotRects();
    QVERIFY(dots[2].center().x() < dots[0].center().x());
    QVERIFY(dots[0].center().x() < dots[1].center().x());
}

void TestPartWidgets::timelineSizes()
{
    for (const int count : {0, 1, 100}) {
        TimelineView view;
        auto *model = new QStandardItemModel(0, 2, &view);
        for (int i = 0; i < count; ++i) {
            const QString date =
                i % 10 == 9 ? QString()
                : i % 3 == 0
                    ? QString::number(1900 + i)
                    : QStringLiteral("%1-%2-15").arg(1900 + i).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
            model->appendRow({new QStandardItem(date), new QStandardItem(QStringLiteral("Entry %1").arg(i))});
        }
        view.setModel(model, 0, 1);
        view.resize(600, 160);
        view.setCurrentRow(count / 2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<QRectF> dots = view.dotRects();
        QCOMPARE(dots.size(), count);
        for (const QRectF &dot : dots)
            QVERIFY2(QRectF(view.rect()).contains(dot), qPrintable(QStringLiteral("count %1").arg(count)));
        QVERIFY(!view.grab().isNull());
    }
    TimelineView empty;
    QCOMPARE(empty.dotRects().size(), 0);
    QCOMPARE(empty.rowAt(QPointF(10, 10)), -1);
    QVERIFY(!empty.grab().isNull());
}

void TestPartWidgets::timelineKeyboard()
{
    TimelineView view;
    auto *model = timelineModel(&view, {{QStringLiteral("2020"), QStringLiteral("Late")},
                                        {QStringLiteral("2000"), QStringLiteral("Early")},
                                        {QString(), QStringLiteral("Unknown")}});
    view.setModel(model, 0, 1);
    view.resize(600, 160);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &TimelineView::rowActivated);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentRow(), 1); // earliest first
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentRow(), 0);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentRow(), 2);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentRow(), 2);
    QCOMPARE(activated.size(), 4);
    QCOMPARE(activated.last().at(0).toInt(), 2);
}

void TestPartWidgets::tagEditTyping()
{
    TagEdit edit;
    edit.setTags({QStringLiteral("RISC-V"), QStringLiteral("Open hardware")});
    edit.resize(400, edit.heightForWidth(400));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy edited(&edit, &TagEdit::tagsEdited);
    QLineEdit *line = edit.lineEdit();
    QVERIFY(!edit.accessibleName().isEmpty());
    QVERIFY(!line->accessibleName().isEmpty());

    QTest::keyClicks(line, QStringLiteral("Chips"));
    QTest::keyClick(line, Qt::Key_Return);
    const QStringList three = {QStringLiteral("RISC-V"), QStringLiteral("Open hardware"),
                               QStringLiteral("Chips")};
    QCOMPARE(edit.tags(), three);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.at(0).at(0).toStringList(), three);
    QVERIFY(line->text().isEmpty());
    QCOMPARE(edit.findChildren<QToolButton *>(QStringLiteral("removeTagButton")).size(), 3);

    // A duplicate, whatever its case, is refused and left in the line edit.
    QTest::keyClicks(line, QStringLiteral("chips"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(edit.tags(), three);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(line->text(), QStringLiteral("chips"));
    line->clear();

    // Empty and blank tags are refused silently.
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClicks(line, QStringLiteral("   "));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(edit.tags(), three);
    QCOMPARE(edited.size(), 1);
    line->clear();

    // A comma ends a tag; what follows stays to be typed on.
    QTest::keyClicks(line, QStringLiteral("Silicon  valley,Fab"));
    QCOMPARE(edit.tags().last(), QStringLiteral("Silicon valley"));
    QCOMPARE(line->text(), QStringLiteral("Fab"));
    QCOMPARE(edited.size(), 2);
    QTest::keyClicks(line, QStringLiteral("s,"));
    QCOMPARE(edit.tags().last(), QStringLiteral("Fabs"));
    QCOMPARE(edited.size(), 3);
    QVERIFY(line->text().isEmpty());
}

void TestPartWidgets::tagEditRemoving()
{
    TagEdit edit;
    edit.setTags({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    edit.resize(400, edit.heightForWidth(400));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy edited(&edit, &TagEdit::tagsEdited);

    QToolButton *removeTwo = nullptr;
    for (QToolButton *button : edit.findChildren<QToolButton *>(QStringLiteral("removeTagButton"))) {
        if (button->accessibleName().contains(QStringLiteral("Two")))
            removeTwo = button;
    }
    QVERIFY(removeTwo);
    QVERIFY(removeTwo->isVisible());
    QTest::mouseClick(removeTwo, Qt::LeftButton);
    QCOMPARE(edit.tags(), QStringList({QStringLiteral("One"), QStringLiteral("Three")}));
    QCOMPARE(edited.size(), 1);
    QTRY_COMPARE(edit.findChildren<QToolButton *>(QStringLiteral("removeTagButton")).size(), 2);

    // Backspace deletes text first, then the last tag once the line edit is empty.
    QLineEdit *line = edit.lineEdit();
    QTest::keyClicks(line, QStringLiteral("x"));
    QTest::keyClick(line, Qt::Key_Backspace);
    QCOMPARE(edit.tags().size(), 2);
    QCOMPARE(edited.size(), 1);
    QTest::keyClick(line, Qt::Key_Backspace);
    QCOMPARE(edit.tags(), QStringList({QStringLiteral("One")}));
    QCOMPARE(edited.size(), 2);
    QCOMPARE(edited.last().at(0).toStringList(), QStringList({QStringLiteral("One")}));
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClick(line, Qt::Key_Backspace); // nothing left: no signal
    QVERIFY(edit.tags().isEmpty());
    QCOMPARE(edited.size(), 3);
}

void TestPartWidgets::tagEditSetTagsIsSilent()
{
    TagEdit edit;
    QSignalSpy edited(&edit, &TagEdit::tagsEdited);
    edit.setTags(
        {QStringLiteral("A"), QStringLiteral("a"), QString(), QStringLiteral(" B "), QStringLiteral("C")});
    QCOMPARE(edit.tags(), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    edit.setTags({});
    QVERIFY(edit.tags().isEmpty());
    QCOMPARE(edited.size(), 0);
    QCOMPARE(edit.findChildren<QToolButton *>(QStringLiteral("removeTagButton")).size(), 0);
}

void TestPartWidgets::tagEditCompletionsAndFlow()
{
    TagEdit edit;
    edit.setCompletions({QStringLiteral("Semiconductors"), QStringLiteral("Chips"), QStringLiteral("Arm")});
    edit.setTags({QStringLiteral("chips")});
    QCOMPARE(edit.completions().size(), 3);
    QAbstractItemModel *offered = edit.lineEdit()->completer()->model();
    QCOMPARE(offered->rowCount(), 2); // "Chips" is already there

    QStringList many;
    for (int i = 0; i < 12; ++i)
        many.append(QStringLiteral("Topic number %1").arg(i));
    edit.setTags(many);
    QVERIFY(edit.hasHeightForWidth());
    QVERIFY(edit.heightForWidth(220) > 2 * edit.heightForWidth(4000));
    edit.resize(220, edit.heightForWidth(220));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    // Every chip and the line edit lie inside the widget.
    const QList<QWidget *> chips = edit.findChildren<QWidget *>(QStringLiteral("tagChip"));
    QCOMPARE(chips.size(), 12);
    for (const QWidget *chip : chips)
        QVERIFY(edit.rect().contains(chip->geometry()));
    QVERIFY(edit.rect().contains(edit.lineEdit()->geometry()));
}

void TestPartWidgets::screenshots()
{
    const QString dir = qEnvironmentVariable("ALMANAC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set ALMANAC_SCREENSHOT_DIR to save pictures of the widgets");
    QVERIFY(QDir().mkpath(dir));
    const QList<QPair<QString, QPalette>> palettes = {
        {QStringLiteral("light"), QApplication::style()->standardPalette()},
        {QStringLiteral("dark"), darkPalette()}};
    for (const auto &[name, palette] : palettes) {
        QWidget window;
        window.setPalette(palette);
        auto *layout = new QVBoxLayout(&window);
        auto *timeline = new TimelineView(&window);
        auto *model = timelineModel(
            timeline, {{QStringLiteral("1991-08-25"), QStringLiteral("Linux announced on comp.os.minix")},
                       {QStringLiteral("2010"), QStringLiteral("RISC-V project starts at Berkeley")},
                       {QStringLiteral("2011-05"), QStringLiteral("First RISC-V spec")},
                       {QStringLiteral("2015-08-27"), QStringLiteral("RISC-V Foundation formed")},
                       {QStringLiteral("2015-12"), QStringLiteral("First workshop")},
                       {QStringLiteral("2016"), QStringLiteral("SiFive founded")},
                       {QStringLiteral("2019-11-26"), QStringLiteral("Foundation moves to Switzerland")},
                       {QStringLiteral("2020-03"), QStringLiteral("RISC-V International")},
                       {QStringLiteral("2022"), QStringLiteral("Ten billion cores shipped")},
                       {QStringLiteral("2024-06-11"), QStringLiteral("RVA23 profile ratified")},
                       {QString(), QStringLiteral("Vector extension in phones")},
                       {QString(), QStringLiteral("Android support")}});
        timeline->setModel(model, 0, 1);
        timeline->setCurrentRow(3);
        layout->addWidget(timeline);
        auto *tags = new TagEdit(&window);
        tags->setTags({QStringLiteral("RISC-V"), QStringLiteral("Open hardware"), QStringLiteral("Chips"),
                       QStringLiteral("Instruction sets"), QStringLiteral("SiFive")});
        layout->addWidget(tags);
        auto *table = new QTableView(&window);
        auto *sources = new QStandardItemModel(4, 3, table);
        sources->setHorizontalHeaderLabels(
            {QStringLiteral("Published"), QStringLiteral("Relevance"), QStringLiteral("URL")});
        const QStringList dates = {QStringLiteral("2015-08-27"), QStringLiteral("2019"), QString(),
                                   QStringLiteral("2021-03")};
        const QStringList urls = {QStringLiteral("https://riscv.org/"), QStringLiteral("javascript:alert(1)"),
                                  QStringLiteral("https://example.org/a"), QString()};
        for (int row = 0; row < 4; ++row) {
            sources->setData(sources->index(row, 0), dates[row]);
            sources->setData(sources->index(row, 1), 3 * row + 1);
            sources->setData(sources->index(row, 2), urls[row]);
        }
        table->setModel(sources);
        auto *dateDelegate = new PartialDateDelegate(table);
        auto *relevanceDelegate = new RelevanceDelegate(table);
        auto *urlDelegate = new UrlDelegate(table);
        table->setItemDelegateForColumn(0, dateDelegate);
        table->setItemDelegateForColumn(1, relevanceDelegate);
        table->setItemDelegateForColumn(2, urlDelegate);
        table->resizeColumnsToContents();
        table->selectRow(3);
        layout->addWidget(table);
        window.resize(680, 480);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(timeline->grab().save(dir + QStringLiteral("/timeline-%1.png").arg(name)));
        QVERIFY(tags->grab().save(dir + QStringLiteral("/tagedit-%1.png").arg(name)));
        QVERIFY(table->grab().save(dir + QStringLiteral("/delegates-%1.png").arg(name)));

        TimelineView crowded;
        crowded.setPalette(palette);
        auto *hundred = new QStandardItemModel(0, 2, &crowded);
        for (int i = 0; i < 100; ++i)
            hundred->appendRow({new QStandardItem(i % 10 == 9 ? QString() : QString::number(1925 + i)),
                                new QStandardItem(QStringLiteral("Event number %1").arg(i))});
        crowded.setModel(hundred, 0, 1);
        crowded.setCurrentRow(50);
        crowded.resize(crowded.sizeHint());
        QVERIFY(crowded.grab().save(dir + QStringLiteral("/timeline100-%1.png").arg(name)));

        // Narrow: the tags flow onto more lines and the timeline drops labels that do not fit.
        window.resize(300, 480);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(dir + QStringLiteral("/narrow-%1.png").arg(name)));
    }
}

QTEST_MAIN(TestPartWidgets)
#include "tst_partwidgets.moc"
