#include "ui/messagebox.h"

#include "platform/log.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <spdlog/spdlog.h>

namespace ld::ui {

MessageBox::Answer MessageBox::s_nextAnswer = MessageBox::NoAnswer;
QString MessageBox::s_lastTitle;
QString MessageBox::s_lastText;
int MessageBox::s_asked = 0;
QString FileDialog::s_nextFileName;
bool FileDialog::s_nextSet = false;

MessageBox::Answer MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        const QString& acceptLabel, const QString& details) {
    ++s_asked;
    s_lastTitle = title;
    s_lastText = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    if (s_nextAnswer != NoAnswer) {
        const Answer answer = s_nextAnswer;
        s_nextAnswer = NoAnswer;
        log::get(log::Area::Ui).debug("dialog \"{}\" answered by the test seam", title.toStdString());
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("questionBox"));
    if (!details.isEmpty())
        box.setInformativeText(details);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton* cancel = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("rejectButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept ? Accept : Reject;
}

void MessageBox::setNextAnswer(Answer answer) {
    s_nextAnswer = answer;
}

QString MessageBox::lastTitle() {
    return s_lastTitle;
}

QString MessageBox::lastText() {
    return s_lastText;
}

int MessageBox::askedCount() {
    return s_asked;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filters, QString* selectedFilter) {
    if (s_nextSet) {
        s_nextSet = false;
        return s_nextFileName;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filters, selectedFilter);
}

void FileDialog::setNextFileName(const QString& fileName) {
    s_nextFileName = fileName;
    s_nextSet = true;
}

} // namespace ld::ui
