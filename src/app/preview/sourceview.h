#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace almanac {

// The guide's canonical almanac-guide/1 JSON, read-only and highlighted by
// KSyntaxHighlighting with a theme that follows the palette.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);
    void setSource(const QByteArray &json);
    bool hasHighlighting() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace almanac
