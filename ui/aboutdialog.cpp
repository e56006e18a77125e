#include "ui/aboutdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <spdlog/fmt/fmt.h>
#include <spdlog/version.h>

namespace ld::ui {
namespace {

QString link(const QString& url) {
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
}

} // namespace

QString AboutDialog::sourceUrl() {
    return QStringLiteral("https://github.com/localhostdoctor/localhost-doctor");
}

QList<AboutDialog::Component> AboutDialog::components() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("spdlog"),
         QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH),
         QStringLiteral("MIT"), QStringLiteral("https://github.com/gabime/spdlog")},
        {QStringLiteral("{fmt}"),
         QStringLiteral("%1.%2.%3")
             .arg(FMT_VERSION / 10000)
             .arg(FMT_VERSION / 100 % 100)
             .arg(FMT_VERSION % 100),
         QStringLiteral("MIT"), QStringLiteral("https://github.com/fmtlib/fmt")},
        {QStringLiteral("libzip"), QString(), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://libzip.org/")},
    };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Localhost Doctor"));
    auto* title =
        new QLabel(QStringLiteral("<h2>%1</h2>")
                       .arg(tr("Localhost Doctor %1").arg(QStringLiteral(LD_VERSION)).toHtmlEscaped()),
                   this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutLicence"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(tr("Finds out why an address on your own computer can't be reached.").toHtmlEscaped(),
                 tr("Localhost Doctor is free software under the MIT licence. Its source code: %1")
                     .toHtmlEscaped()
                     .arg(link(sourceUrl())),
                 tr("Qt is used under the LGPL v3, dynamically linked: you may replace the Qt libraries "
                    "with your own build. The libraries it uses and their licences:")
                     .toHtmlEscaped()));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("componentList"));
    list->setAccessibleName(tr("Libraries used and their licences"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Where")});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const Component& component : components()) {
        auto* item =
            new QTreeWidgetItem(list, {component.name, component.version, component.licence, component.url});
        item->setToolTip(3, component.url);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(620, 420);
}

void AboutDialog::addButtonTo(QWizard* wizard) {
    wizard->setOption(QWizard::HaveHelpButton, true);
    wizard->setButtonText(QWizard::HelpButton, tr("Abou&t"));
    QAbstractButton* button = wizard->button(QWizard::HelpButton);
    button->setObjectName(QStringLiteral("aboutButton"));
    button->setAccessibleName(tr("About Localhost Doctor: version and licences"));
    QObject::connect(wizard, &QWizard::helpRequested, wizard, [wizard] {
        auto* dialog = new AboutDialog(wizard);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace ld::ui
