#pragma once
// The diagnostic bundle dialog: lists every file with its size and redactions, previews any file
// exactly as it will be written with the replaced parts highlighted, lets the user leave
// optional files out, shows where the bundle goes, asks before replacing a file, and shows
// errors plainly. The files are collected by a wizard::BundleBuilder (start(), finished()); the
// dialog only displays.
// Nothing is uploaded.

#include "wizard/bundle/bundle.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QCheckBox;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ld::ui {

class BundleDialog final : public QDialog {
    Q_OBJECT
public:
    // The property on highlighted preview text holding the redaction's kind (for tests).
    static constexpr int KindProperty = 0x100000 + 7; // QTextFormat::UserProperty + 7

    BundleDialog(platform::System& system, wizard::BundleRequest request, QWidget* parent = nullptr);
    ~BundleDialog() override;

    const wizard::BundlePlan& plan() const { return m_plan; }
    bool isReady() const { return m_ready; }
    QString destination() const;
    QString savedPath() const { return m_savedPath; } // where the last save went
    void setDestination(const QString& path);
    // Writes the bundle; asks before replacing a file. True when it was written.
    bool save();

Q_SIGNALS:
    void planReady();
    void saved(const QString& path);

private:
    void startCollecting();
    void takePlan(wizard::BundlePlan plan);
    void fillList();
    void fitNameColumn();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showPreview(int entry);
    void itemChanged(QTreeWidgetItem* item, int column);
    void updateTotals();
    void browse();
    void showError(const QString& message);

    wizard::BundleRequest m_request;
    wizard::BundlePlan m_plan;
    bool m_ready = false;
    wizard::BundleBuilder* m_builder;

    QLabel* m_intro;
    QTreeWidget* m_files;
    QTextEdit* m_preview;
    QLabel* m_previewTitle;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_totals;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancelButton;
    QStackedWidget* m_previewStack;
    QTextBrowser* m_rendered; // an HTML file as a page
    QCheckBox* m_source;      // ...or as its source, with the replaced parts highlighted
    QLabel* m_done;
    QPushButton* m_openFolder;
    QString m_savedPath;
    int m_shown = -1;
};

// Opens the dialog (modal) for these targets and config (empty: where Claude Desktop keeps it).
// reports: finished reports to include as they are (the MCP path's, which no target re-creates).
// options: the wizard's, so the targets are diagnosed again with the intent (and timeout) asked.
void showBundleDialog(platform::System& system, QWidget* parent, const QStringList& targets,
                      const QString& configPath, const QList<QJsonObject>& reports = {},
                      const wizard::Options& options = {});

} // namespace ld::ui
