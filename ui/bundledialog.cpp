#include "ui/bundledialog.h"

#include "platform/log.h"
#include "ui/messagebox.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace ld::ui {
namespace {

enum Column { NameColumn = 0, SizeColumn, RedactionColumn };
constexpr int EntryRole = Qt::UserRole + 1;

QString countsText(const QMap<QString, int>& counts) {
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 × %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

BundleDialog::BundleDialog(platform::System& system, wizard::BundleRequest request, QWidget* parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_builder(new wizard::BundleBuilder(system, wizard::HostContext::current(),
                                          wizard::RedactionIdentity::current(), this))
    , m_intro(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_preview(new QTextEdit(this))
    , m_previewTitle(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_totals(new QLabel(this))
    , m_error(new QLabel(this))
    , m_previewStack(new QStackedWidget(this))
    , m_rendered(new QTextBrowser(this))
    , m_source(new QCheckBox(tr("Show the &HTML source"), this))
    , m_done(new QLabel(this))
    , m_openFolder(new QPushButton(tr("&Open folder"), this)) {
    setObjectName(QStringLiteral("bundleDialog"));
    setWindowTitle(tr("Export diagnostic bundle"));
    setAccessibleName(tr("Export diagnostic bundle"));
    // Fits the screen it opens on (1366×768 at 1× and 2× included), with room for the task bar.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() - QSize(40, 60) : QSize(900, 620);
    resize(std::min(900, room.width()), std::min(620, room.height()));

    m_intro->setObjectName(QStringLiteral("bundleIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Collecting what support needs… Secrets (keys, tokens, passwords) are replaced by "
           "placeholders before anything is saved, and your home folder is shown as ~. Check each "
           "file below: the preview shows exactly what will be saved, with the replaced parts "
           "highlighted. Nothing is uploaded."));

    m_files->setObjectName(QStringLiteral("bundleFiles"));
    m_files->setAccessibleName(tr("Files in the bundle"));
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Replaced")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    // Names as wide as they are while there is room; on a narrow list (2x on a small screen) they
    // give way first, shortened in the middle ("targets/1-lo…report.json", never "so…"), so that
    // the sizes stay readable (fitNameColumn).
    m_files->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_files->header()->setStretchLastSection(false);
    m_files->setTextElideMode(Qt::ElideMiddle);
    // The list's own size, not its viewport's: a column width can show or hide a scroll bar, which
    // resizes the viewport, which would ask for new widths again (endlessly, under Wine).
    m_files->installEventFilter(this);

    m_previewTitle->setObjectName(QStringLiteral("bundlePreviewTitle"));
    // A long source path wraps instead of widening the dialog past the screen.
    m_previewTitle->setWordWrap(true);
    m_previewTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_previewTitle->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rendered->setObjectName(QStringLiteral("bundleRendered"));
    m_rendered->setAccessibleName(tr("The HTML report as a page"));
    m_rendered->setOpenLinks(false);
    m_source->setObjectName(QStringLiteral("bundleShowSource"));
    m_source->setAccessibleName(tr("Show the HTML source instead of the page"));
    m_source->hide();
    m_done->setObjectName(QStringLiteral("bundleSavedLabel"));
    m_done->setWordWrap(true);
    m_done->setTextFormat(Qt::PlainText);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_done->hide();
    m_openFolder->setObjectName(QStringLiteral("bundleOpenFolder"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->hide();
    m_preview->setObjectName(QStringLiteral("bundlePreview"));
    m_preview->setAccessibleName(tr("Preview of the selected file, as it will be saved"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_path->setObjectName(QStringLiteral("bundlePath"));
    m_path->setAccessibleName(tr("Where the bundle will be saved"));
    m_browse->setObjectName(QStringLiteral("bundleBrowse"));
    m_browse->setAccessibleName(tr("Choose where to save the bundle"));
    m_totals->setObjectName(QStringLiteral("bundleTotals"));
    m_error->setObjectName(QStringLiteral("bundleError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder.clear(); // ~/Documents is often missing on Linux: the home folder then
    setDestination(
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(wizard::BundleWriter::defaultFileName()));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save bundle"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("bundleSave"));
    m_save->setAccessibleName(tr("Save the bundle"));
    m_save->setEnabled(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("bundleCancel"));
    m_cancelButton->setAccessibleName(tr("Close without saving"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_files);
    leftLayout->addWidget(m_totals);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewTitle);
    m_previewStack->addWidget(m_preview);
    m_previewStack->addWidget(m_rendered);
    rightLayout->addWidget(m_previewStack, 1);
    rightLayout->addWidget(m_source);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(280);
    splitter->setSizes({width() * 2 / 5, width() * 3 / 5});

    auto* pathRow = new QHBoxLayout;
    auto* pathLabel = new QLabel(tr("Save &to:"), this);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(pathRow);
    layout->addWidget(m_error);
    auto* doneRow = new QHBoxLayout;
    doneRow->addWidget(m_done, 1);
    doneRow->addWidget(m_openFolder);
    layout->addLayout(doneRow);
    layout->addWidget(buttons);
    connect(m_source, &QCheckBox::toggled, this, [this] {
        if (m_shown >= 0)
            showPreview(m_shown);
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
    });

    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showPreview(item->data(NameColumn, EntryRole).toInt());
    });
    connect(m_files, &QTreeWidget::itemChanged, this, &BundleDialog::itemChanged);
    connect(m_browse, &QPushButton::clicked, this, &BundleDialog::browse);
    // Saved: the dialog stays and says where, with "Open folder"; Close then ends it.
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_error->hide(); });

    startCollecting();
}

BundleDialog::~BundleDialog() {
    m_builder->cancel(); // the builder waits for its diagnoses, which end by their own timeouts
}

void BundleDialog::startCollecting() {
    connect(m_builder, &wizard::BundleBuilder::finished, this, [this](const wizard::BundlePlan& plan) {
        if (!plan.entries.isEmpty())
            takePlan(plan);
    });
    m_builder->start(m_request);
}

void BundleDialog::takePlan(wizard::BundlePlan plan) {
    m_plan = std::move(plan);
    m_ready = true;
    m_intro->setText(
        tr("Secrets (keys, tokens, passwords) were replaced by placeholders such as <secret-3:sk>; "
           "the same secret has the same placeholder everywhere. Your home folder is shown as ~ and "
           "your user name as <user>. Select a file to see exactly what will be saved; untick a file "
           "to leave it out. Files without a tick box are always included: support can't tell what "
           "happened without the report, the system facts and the manifest. Nothing is uploaded."));
    m_intro->setTextFormat(Qt::PlainText);
    fillList();
    m_save->setEnabled(true);
    Q_EMIT planReady();
}

void BundleDialog::fillList() {
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    const QLocale locale;
    for (int i = 0; i < m_plan.entries.size(); ++i) {
        const wizard::BundleEntry& entry = m_plan.entries.at(i);
        auto* item = new QTreeWidgetItem(m_files);
        item->setText(NameColumn, entry.name);
        item->setText(SizeColumn, locale.formattedDataSize(entry.bytes()));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(RedactionColumn, countsText(entry.redactions));
        item->setToolTip(NameColumn, entry.name + QLatin1Char('\n') + entry.source);
        item->setData(NameColumn, EntryRole, i);
        if (entry.optional) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, entry.included ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setToolTip(NameColumn,
                             entry.name + QLatin1Char('\n') + tr("%1 (always included)").arg(entry.source));
        }
    }
    for (int column : {SizeColumn, RedactionColumn})
        m_files->resizeColumnToContents(column);
    fitNameColumn();
    updateTotals();
    if (m_files->topLevelItemCount() > 0) {
        m_files->setCurrentItem(m_files->topLevelItem(0));
        // The signals are blocked here: show the first file's preview at once.
        showPreview(m_files->topLevelItem(0)->data(NameColumn, EntryRole).toInt());
    }
}

void BundleDialog::showPreview(int index) {
    if (index < 0 || index >= m_plan.entries.size())
        return;
    const wizard::BundleEntry& entry = m_plan.entries.at(index);
    m_shown = index;
    m_previewTitle->setText(tr("%1 (from %2)").arg(entry.name, entry.source));
    const bool html = entry.name.endsWith(QLatin1String(".html"), Qt::CaseInsensitive);
    m_source->setVisible(html);
    if (html && !m_source->isChecked()) {
        m_rendered->setHtml(QString::fromUtf8(entry.data));
        m_previewStack->setCurrentWidget(m_rendered);
    } else {
        m_previewStack->setCurrentWidget(m_preview);
    }
    m_preview->setPlainText(QString::fromUtf8(entry.data));
    // Highlights in the palette's own colours, so they read in dark mode too.
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    format.setFontWeight(QFont::Bold);
    QTextCursor cursor(m_preview->document());
    for (const wizard::RedactionSpan& span : entry.highlights) {
        format.setProperty(KindProperty, span.kind);
        format.setToolTip(tr("Replaced: %1").arg(span.kind));
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    m_preview->moveCursor(QTextCursor::Start);
}

void BundleDialog::fitNameColumn() {
    // The size and redaction columns were fitted to their contents (fillList); the name takes
    // what is left, up to its full width.
    m_files->resizeColumnToContents(NameColumn);
    const int full = m_files->columnWidth(NameColumn);
    // Room for the vertical scroll bar is always kept, so that the widths do not depend on it.
    const int room = m_files->contentsRect().width() -
                     m_files->style()->pixelMetric(QStyle::PM_ScrollBarExtent) -
                     m_files->columnWidth(SizeColumn) - m_files->columnWidth(RedactionColumn);
    // Never below the width of a short name: past that the list scrolls sideways.
    const int least = m_files->fontMetrics().horizontalAdvance(QStringLiteral("manifest.json____"));
    m_files->setColumnWidth(NameColumn, qMax(least, qMin(room, full)));
}

bool BundleDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_files && event->type() == QEvent::Resize)
        fitNameColumn();
    return QDialog::eventFilter(watched, event);
}

void BundleDialog::itemChanged(QTreeWidgetItem* item, int column) {
    if (column != NameColumn || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const int index = item->data(NameColumn, EntryRole).toInt();
    m_plan.setIncluded(m_plan.entries.at(index).name, item->checkState(NameColumn) == Qt::Checked);
    // The manifest changed with it.
    const int manifest = m_plan.indexOf(QString::fromLatin1(wizard::BundlePlan::manifestName));
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_files->topLevelItem(i);
        if (row->data(NameColumn, EntryRole).toInt() == manifest) {
            const QSignalBlocker blocker(m_files);
            row->setText(SizeColumn, QLocale().formattedDataSize(m_plan.entries.at(manifest).bytes()));
            if (m_files->currentItem() == row)
                showPreview(manifest);
        }
    }
    updateTotals();
}

void BundleDialog::updateTotals() {
    int files = 0;
    for (const wizard::BundleEntry& entry : m_plan.entries)
        files += entry.included ? 1 : 0;
    QString text = tr("%n file(s), %1 before compression.", nullptr, files)
                       .arg(QLocale().formattedDataSize(m_plan.includedBytes()));
    for (const QString& note : m_plan.notes)
        text += u'\n' + note;
    m_totals->setText(text);
}

QString BundleDialog::destination() const {
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void BundleDialog::setDestination(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
}

void BundleDialog::browse() {
    QString filter;
    const QString chosen = FileDialog::saveFileName(this, tr("Save the diagnostic bundle"), destination(),
                                                    tr("Zip archives (*.zip)"), &filter);
    if (chosen.isEmpty())
        return;
    setDestination(chosen.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
                       ? chosen
                       : chosen + QStringLiteral(".zip"));
    m_error->hide();
}

void BundleDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    m_error->setAccessibleName(message);
}

bool BundleDialog::save() {
    if (!m_ready)
        return false;
    QString path = destination();
    QString note;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        // The chosen folder can't be made: save in the home folder and say so.
        const QString fallback = QDir::home().filePath(QFileInfo(path).fileName());
        note = tr("%1 could not be created, so the bundle went to your home folder.")
                   .arg(QDir::toNativeSeparators(folder));
        path = fallback;
        setDestination(path);
    }
    bool overwrite = false;
    const wizard::BundleWriteResult check = wizard::BundleWriter::check(path, false);
    if (check.error == wizard::BundleError::Exists) {
        const auto answer = MessageBox::question(this, tr("Replace the file?"),
                                                 tr("%1 already exists. Replace it with the new bundle?")
                                                     .arg(QDir::toNativeSeparators(check.path)),
                                                 tr("&Replace"));
        if (answer != MessageBox::Accept)
            return false;
        overwrite = true;
    } else if (!check.ok()) {
        showError(check.message);
        return false;
    }
    const wizard::BundleWriteResult result = wizard::BundleWriter::write(m_plan, path, overwrite);
    if (!result.ok()) {
        showError(result.message);
        return false;
    }
    m_error->hide();
    m_savedPath = result.path;
    m_done->setText((note.isEmpty() ? QString() : note + QLatin1Char(' ')) +
                    tr("Saved the bundle to %1.").arg(QDir::toNativeSeparators(result.path)));
    m_done->setAccessibleName(m_done->text());
    m_done->show();
    m_openFolder->show();
    m_cancelButton->setText(tr("&Close"));
    m_cancelButton->setAccessibleName(tr("Close the dialog"));
    log::get(log::Area::Ui).info("bundle saved to {}", result.path.toStdString());
    Q_EMIT saved(result.path);
    return true;
}

void showBundleDialog(platform::System& system, QWidget* parent, const QStringList& targets,
                      const QString& configPath, const QList<QJsonObject>& reports,
                      const wizard::Options& options) {
    wizard::BundleRequest request;
    request.options = options;
    request.targets = targets;
    for (const QString& target : targets)
        request.intents.insert(target, options.intent);
    request.configPath = configPath;
    request.reports = reports;
    BundleDialog dialog(system, request, parent);
    dialog.exec();
}

} // namespace ld::ui
