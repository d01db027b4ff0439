#pragma once

#include "editor/commentmargin.h"

#include <QPlainTextEdit>
#include <QPointer>

class QCompleter;
class QStringListModel;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace almanac {

class SpellChecker;

// The Markdown text editor for the TL;DR, section bodies, FAQ answers and
// timeline descriptions: highlighting, spell checking, citation-key completion.
//
// The owner keeps the undo history: the widget has no undo stack of its own,
// reports user edits through textEdited() and takes the owner's text through
// setMarkdown(), which never emits textEdited(). Undo/redo keys are left to the
// window's actions.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);
    ~MarkdownEdit() override;

    QString markdown() const;
    // Replaces the text with the fewest changes, so cursor and scroll stay put.
    void setMarkdown(const QString &text);

    bool hasHighlighting() const;

    void setSpellChecker(SpellChecker *checker); // default: SpellChecker::shared()
    SpellChecker *spellChecker() const;
    void setSpellCheckingEnabled(bool enabled);
    bool isSpellCheckingEnabled() const;

    void setCitationKeys(const QStringList &keys);
    QStringList citationKeys() const;
    QCompleter *citationCompleter() const;

    // The owner's Undo/Redo actions, shown in the context menu in place of the
    // widget's own (which have nothing to undo).
    void setUndoRedoActions(QAction *undo, QAction *redo);

    // Comments on this text: their words highlighted, bubbles in the margin.
    void setCommentMarks(const QList<TextMark> &marks);
    CommentMargin *commentMargin() const { return m_margin; }
    // Selects a mark's words (the start of the text for one on all of it).
    void selectMark(const QString &id);

public Q_SLOTS:
    // What the spelling suggestions in the context menu do; a user edit.
    void replaceWord(int position, int length, const QString &replacement);
    // "Add to dictionary".
    void addToDictionary(const QString &word);
    // Inserts a chosen citation key at the cursor; a user edit.
    void insertCitationKey(const QString &key);

Q_SIGNALS:
    // Only for changes the user made; never for setMarkdown().
    void textEdited(const QString &text);
    // A comment's bubble in the margin was clicked.
    void commentMarkActivated(const QString &id);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CommentMargin; // draws beside the lines: blockBoundingGeometry, contentOffset

    void showSelections();
    void placeMargin();
    void colourMarks();

    struct Word
    {
        int start; // document position
        int length;
    };

    void applyTheme();
    void onContentsChange(int position, int removed, int added);
    void onTextChanged();
    void scheduleSpellCheck();
    void checkVisibleSpelling();
    bool insideFencedCode(const QTextBlock &block);
    QList<Word> misspelledWords(const QTextBlock &block);
    bool misspelledWordAt(int position, Word *word);
    bool citationPrefix(QString *prefix) const;
    void updateCompletion();
    // Enter inside a list item starts the next item (or ends the list on an empty one).
    bool continueList();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QPointer<SpellChecker> m_spell;
    bool m_spellEnabled = true;
    QTimer *m_spellTimer = nullptr;
    QString m_text; // last text reported or set, to tell real edits from format-only changes
    bool m_settingText = false;
    // Fence state after each block, valid for the first m_fenceValid blocks.
    QList<quint16> m_fenceAfter;
    int m_fenceValid = 0;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_keys = nullptr;
    QPointer<QAction> m_undoAction;
    QPointer<QAction> m_redoAction;
    CommentMargin *m_margin = nullptr;
    QList<QTextEdit::ExtraSelection> m_spellSelections;
    QList<QTextEdit::ExtraSelection> m_markSelections;
    QList<TextMark::State> m_markStates; // of each of m_markSelections
};

} // namespace almanac
