#include "editor/markdownedit.h"

#include "spelling/markdownspelling.h"
#include "spelling/spellchecker.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractItemView>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStringListModel>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>

namespace almanac {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo; // loading definitions is slow: once per process
    return repo;
}

constexpr int SpellDelayMs = 150;

// Undo and redo belong to the owner's one history, so the window's actions get these keys.
bool isHistoryKey(const QKeyEvent *event)
{
    const QKeyCombination key = event->keyCombination();
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo) ||
           key == QKeyCombination(Qt::ControlModifier, Qt::Key_Y) ||
           key == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

QString documentText(const QTextDocument *document)
{
    QString text = document->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent) : QPlainTextEdit(parent), m_margin(new CommentMargin(this))
{
    m_margin->setVisible(false);
    connect(m_margin, &CommentMargin::activated, this, [this](const QString &id) {
        selectMark(id);
        Q_EMIT commentMarkActivated(id);
    });
    // The bubbles move with the lines.
    connect(this, &QPlainTextEdit::updateRequest, m_margin, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    setUndoRedoEnabled(false);
    // A typed tab would turn Markdown into a code block: Tab moves on through the form.
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    document()->setDocumentMargin(6);
    setAccessibleName(tr("Markdown text"));

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();

    m_spellTimer = new QTimer(this);
    m_spellTimer->setSingleShot(true);
    m_spellTimer->setInterval(SpellDelayMs);
    connect(m_spellTimer, &QTimer::timeout, this, &MarkdownEdit::checkVisibleSpelling);
    connect(document(), &QTextDocument::contentsChange, this, &MarkdownEdit::onContentsChange);
    connect(this, &QPlainTextEdit::textChanged, this, &MarkdownEdit::onTextChanged);
    // Scrolling moves the viewport without always touching the scroll bar's signals.
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            scheduleSpellCheck();
    });
    setSpellChecker(SpellChecker::shared());

    m_keys = new QStringListModel(this);
    m_completer = new QCompleter(m_keys, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->popup()->setAccessibleName(tr("Citation keys"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &MarkdownEdit::insertCitationKey);
}

MarkdownEdit::~MarkdownEdit() = default;

QString MarkdownEdit::markdown() const
{
    return documentText(document());
}

void MarkdownEdit::setMarkdown(const QString &markdown)
{
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString current = documentText(document());
    m_text = text;
    if (current == text)
        return;
    // Replace only the part that differs: cursor, selection and scroll then
    // move with the text, as they would for an edit made elsewhere.
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(current.size(), text.size());
    while (prefix < shorter && current[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           current[current.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    const QScopedValueRollback guard(m_settingText, true);
    QTextCursor cursor(document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
}

bool MarkdownEdit::hasHighlighting() const
{
    return m_highlighter->definition().isValid();
}

void MarkdownEdit::setSpellChecker(SpellChecker *checker)
{
    if (m_spell)
        disconnect(m_spell, nullptr, this, nullptr);
    m_spell = checker;
    if (m_spell)
        connect(m_spell, &SpellChecker::personalWordsChanged, this, &MarkdownEdit::scheduleSpellCheck);
    scheduleSpellCheck();
}

SpellChecker *MarkdownEdit::spellChecker() const
{
    return m_spell;
}

void MarkdownEdit::setSpellCheckingEnabled(bool enabled)
{
    m_spellEnabled = enabled;
    if (enabled) {
        scheduleSpellCheck();
    } else {
        m_spellSelections.clear();
        showSelections();
    }
}

bool MarkdownEdit::isSpellCheckingEnabled() const
{
    return m_spellEnabled;
}

void MarkdownEdit::setCitationKeys(const QStringList &keys)
{
    QStringList sorted = keys;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    m_keys->setStringList(sorted);
}

QStringList MarkdownEdit::citationKeys() const
{
    return m_keys->stringList();
}

QCompleter *MarkdownEdit::citationCompleter() const
{
    return m_completer;
}

void MarkdownEdit::setUndoRedoActions(QAction *undo, QAction *redo)
{
    m_undoAction = undo;
    m_redoAction = redo;
}

void MarkdownEdit::replaceWord(int position, int length, const QString &replacement)
{
    const int size = document()->characterCount() - 1;
    if (position < 0 || length < 0 || position + length > size)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
}

void MarkdownEdit::addToDictionary(const QString &word)
{
    if (m_spell)
        m_spell->addPersonalWord(word);
}

void MarkdownEdit::insertCitationKey(const QString &key)
{
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    QString prefix;
    const bool inCitation = citationPrefix(&prefix);
    cursor.beginEditBlock();
    if (inCitation) {
        // Replace what was typed of the key and whatever of a key follows the cursor.
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(prefix.size()));
        const QString block = cursor.block().text();
        int end = cursor.positionInBlock() + int(prefix.size());
        static const QRegularExpression keyChars(QStringLiteral(R"(^[\w:.#$%&+?<>~/-]*)"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
        end += int(keyChars.match(QStringView(block).mid(end)).capturedLength());
        cursor.setPosition(cursor.block().position() + end, QTextCursor::KeepAnchor);
    }
    cursor.insertText(key);
    if (inCitation) {
        const QString rest = cursor.block().text().mid(cursor.positionInBlock());
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        const qsizetype open = rest.indexOf(QLatin1Char('['));
        if (close < 0 || (open >= 0 && open < close))
            cursor.insertText(QStringLiteral("]"));
        else if (close == 0)
            cursor.movePosition(QTextCursor::NextCharacter);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

bool MarkdownEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isHistoryKey(static_cast<QKeyEvent *>(event))) {
        event->ignore(); // let the window's Undo/Redo shortcut fire
        return true;
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEdit::keyPressEvent(QKeyEvent *event)
{
    if (isHistoryKey(event)) {
        event->ignore();
        return;
    }
    const bool popupVisible = m_completer->popup()->isVisible();
    if (popupVisible) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    if (event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Space)) {
        updateCompletion();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        // A line separator (U+2028) means nothing in Markdown: make it a newline.
        QTextCursor cursor = textCursor();
        cursor.insertText(QStringLiteral("\n"));
        setTextCursor(cursor);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && continueList())
        return;
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if ((!typed.isEmpty() && typed.at(0).isPrint()) || (popupVisible && event->key() == Qt::Key_Backspace))
        updateCompletion();
    else if (popupVisible && !typed.isEmpty())
        m_completer->popup()->hide();
}

bool MarkdownEdit::continueList()
{
    // "- ", "* ", "+ ", "1. " or "1) ", with an optional task box "[ ] ".
    static const QRegularExpression item(
        QStringLiteral("^(\\s*)(?:([-*+])|(\\d{1,9})([.)]))(\\s+)(\\[[ xX]\\]\\s+)?(.*)$"));
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString line = cursor.block().text();
    const QRegularExpressionMatch m = item.match(line);
    if (!m.hasMatch() || cursor.positionInBlock() < m.capturedStart(7))
        return false;
    cursor.beginEditBlock();
    if (m.captured(7).trimmed().isEmpty() && cursor.positionInBlock() == line.size()) {
        // Enter on an empty item ends the list, as in other editors, with a
        // blank line, so that what follows is not read as part of the item.
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("\n"));
    } else {
        const QString marker = m.hasCaptured(2)
                                   ? m.captured(2)
                                   : QString::number(m.captured(3).toLongLong() + 1) + m.captured(4);
        const QString box = m.hasCaptured(6) ? QStringLiteral("[ ] ") : QString();
        cursor.insertText(u'\n' + m.captured(1) + marker + m.captured(5) + box);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

void MarkdownEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        colourMarks();
        scheduleSpellCheck();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        // The text runs, and lines align, in the widget's direction (the guide's
        // language's, set by the editor): an Arabic paragraph starts at the right.
        // (The plain text layout aligns lines as told, whatever their direction.)
        QTextOption option = document()->defaultTextOption();
        const Qt::Alignment start = layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        if (option.textDirection() != layoutDirection() || option.alignment() != start) {
            option.setTextDirection(layoutDirection());
            option.setAlignment(start);
            document()->setDefaultTextOption(option);
        }
    }
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    // The built-in Undo/Redo have nothing to undo here: the owner keeps the history.
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("edit-undo") ||
            action->objectName() == QLatin1String("edit-redo")) {
            menu->removeAction(action);
            delete action;
        }
    }
    if (!menu->actions().isEmpty() && menu->actions().constFirst()->isSeparator())
        menu->removeAction(menu->actions().constFirst());
    if (m_undoAction || m_redoAction) {
        QAction *first = menu->actions().value(0);
        if (m_undoAction)
            menu->insertAction(first, m_undoAction);
        if (m_redoAction)
            menu->insertAction(first, m_redoAction);
        menu->insertSeparator(first);
    }
    Word word{};
    if (misspelledWordAt(cursorForPosition(event->pos()).position(), &word)) {
        QTextCursor cursor(document());
        cursor.setPosition(word.start);
        cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
        const QString text = cursor.selectedText();
        // The word as it reads: "**C**lustred" is "Clustred" (the fix drops the emphasis).
        const QString bare = QString(text).remove(QLatin1Char('*'));
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_spell->suggestions(bare, 6);
        for (const QString &suggestion : suggestions) {
            auto *action = new QAction(suggestion, menu);
            connect(action, &QAction::triggered, this, [this, word, text, suggestion] {
                // Only if the word is still there: the owner may have changed the text.
                if (markdown().mid(word.start, word.length) == text)
                    replaceWord(word.start, word.length, suggestion);
            });
            menu->insertAction(first, action);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        auto *add = new QAction(tr("Add to Dictionary"), menu);
        connect(add, &QAction::triggered, this, [this, bare] { addToDictionary(bare); });
        menu->insertAction(first, add);
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void MarkdownEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeMargin();
    scheduleSpellCheck();
}

void MarkdownEdit::placeMargin()
{
    const int width = m_margin->preferredWidth();
    setViewportMargins(width, 0, 0, 0);
    const QRect r = contentsRect();
    m_margin->setGeometry(
        QStyle::visualRect(layoutDirection(), r, QRect(r.left(), r.top(), width, r.height())));
    m_margin->setVisible(width > 0);
}

void MarkdownEdit::showSelections()
{
    setExtraSelections(m_markSelections + m_spellSelections);
}

void MarkdownEdit::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

void MarkdownEdit::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(removed);
    Q_UNUSED(added);
    m_fenceValid = qMin(m_fenceValid, document()->findBlock(position).blockNumber());
    if (m_fenceValid < 0)
        m_fenceValid = 0;
    scheduleSpellCheck();
}

void MarkdownEdit::onTextChanged()
{
    if (m_settingText)
        return;
    QString text = documentText(document());
    if (text == m_text)
        return; // only formats changed
    m_text = text;
    Q_EMIT textEdited(m_text);
}

void MarkdownEdit::scheduleSpellCheck()
{
    if (m_spellEnabled && m_spell)
        m_spellTimer->start();
}

// Only the blocks on screen (and a little around them) are checked, so the
// cost does not grow with the length of the text.
void MarkdownEdit::checkVisibleSpelling()
{
    QList<QTextEdit::ExtraSelection> &selections = m_spellSelections;
    selections.clear();
    if (!m_spellEnabled || !m_spell || !m_spell->isAvailable()) {
        showSelections();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x10, 0x10));
    QTextBlock block = firstVisibleBlock();
    for (int k = 0; k < 3 && block.previous().isValid(); ++k)
        block = block.previous();
    const QPointF offset = contentOffset();
    const qreal bottom = viewport()->height() * 1.5;
    for (; block.isValid(); block = block.next()) {
        if (blockBoundingGeometry(block).translated(offset).top() > bottom)
            break;
        if (!block.isVisible())
            continue;
        for (const Word &word : misspelledWords(block)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(word.start);
            selection.cursor.setPosition(word.start + word.length, QTextCursor::KeepAnchor);
            selection.format = format;
            selections.append(selection);
        }
    }
    showSelections();
}

bool MarkdownEdit::insideFencedCode(const QTextBlock &block)
{
    const int number = block.blockNumber();
    if (m_fenceAfter.size() != document()->blockCount())
        m_fenceAfter.resize(document()->blockCount());
    m_fenceValid = qMin(m_fenceValid, int(m_fenceAfter.size()));
    if (number >= m_fenceValid) {
        quint16 state = m_fenceValid == 0 ? 0 : m_fenceAfter[m_fenceValid - 1];
        QTextBlock b = document()->findBlockByNumber(m_fenceValid);
        for (int i = m_fenceValid; i <= number && b.isValid(); ++i, b = b.next()) {
            state = markdownspelling::fenceStateAfter(state, b.text());
            m_fenceAfter[i] = state;
        }
        m_fenceValid = number + 1;
    }
    const quint16 before = number == 0 ? 0 : m_fenceAfter[number - 1];
    return before != 0 || m_fenceAfter[number] != 0;
}

QList<MarkdownEdit::Word> MarkdownEdit::misspelledWords(const QTextBlock &block)
{
    QList<Word> result;
    if (!m_spell || insideFencedCode(block))
        return result;
    const QString text = block.text();
    for (const auto &[start, length] : markdownspelling::spellableWords(text)) {
        if (!m_spell->isCorrect(markdownspelling::wordAt(text, start, length)))
            result.append({block.position() + start, length});
    }
    return result;
}

bool MarkdownEdit::misspelledWordAt(int position, Word *word)
{
    if (!m_spellEnabled || !m_spell || !m_spell->isAvailable())
        return false;
    for (const Word &w : misspelledWords(document()->findBlock(position))) {
        if (position >= w.start && position <= w.start + w.length) {
            *word = w;
            return true;
        }
    }
    return false;
}

// The key typed so far when the cursor is in a citation: after "[@" or, inside
// an open bracket that starts a citation, after "; @".
bool MarkdownEdit::citationPrefix(QString *prefix) const
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression re(QStringLiteral(R"((\[-?|;\s*-?)@([\w:.#$%&+?<>~/-]*)$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto match = re.match(line);
    if (!match.hasMatch())
        return false;
    if (match.captured(1).startsWith(QLatin1Char(';'))) {
        const qsizetype open = line.lastIndexOf(QLatin1Char('['));
        if (open < 0 || line.lastIndexOf(QLatin1Char(']')) > open)
            return false;
        const QStringView after = QStringView(line).mid(open + 1);
        if (!after.startsWith(QLatin1Char('@')) && !after.startsWith(QLatin1String("-@")))
            return false;
    }
    *prefix = match.captured(2);
    return true;
}

void MarkdownEdit::updateCompletion()
{
    QAbstractItemView *popup = m_completer->popup();
    QString prefix;
    if (m_keys->rowCount() == 0 || !citationPrefix(&prefix)) {
        popup->hide();
        return;
    }
    if (prefix != m_completer->completionPrefix())
        m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

} // namespace almanac
