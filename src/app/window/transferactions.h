#pragma once

#include "io/importreport.h"

#include <QObject>

class QWidget;

namespace almanac {

class MainWindow;

// Getting guides in and out from the workstation: importing files, pasting a
// published page's text as a new guide, and exporting a bundle with progress
// and cancel. Every import is one transaction (or, into an open guide, one
// undoable step) and ends with a report of what needs the editor.
class TransferActions : public QObject
{
    Q_OBJECT

public:
    explicit TransferActions(MainWindow *window);

    void chooseFilesToImport();
    // Returns the slugs of the guides made; shows errors and the report.
    QStringList importFiles(const QStringList &paths);
    QString pasteGuide(const QString &text);
    void chooseBundleTarget();
    // Exports all live guides to target, with a progress dialog; false if it failed or was cancelled.
    bool exportBundle(const QString &target);

    // Set by tests: no modal dialogs, messages collected here instead.
    bool quiet = false;
    QStringList messages;
    ImportReport lastReport;

private:
    void showReport(const QString &title, const QString &fileName, const ImportReport &report);
    void warn(const QString &title, const QString &message);

    MainWindow *m_window;
};

} // namespace almanac
