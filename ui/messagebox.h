#pragma once
// Every dialog that asks the user something goes through here, so tests can answer it
// (the KeePassXC way): setNextAnswer() makes the next question return at once, unseen.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ld::ui {

class MessageBox {
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum Answer { NoAnswer = 0, Accept, Reject };

    // A question with two buttons named for what they do ("Stop node", "Cancel").
    // Escape rejects; the reject button is the default so Enter never destroys anything.
    static Answer question(QWidget* parent, const QString& title, const QString& text,
                           const QString& acceptLabel, const QString& details = {});

    // Test seam. The answer is used once.
    static void setNextAnswer(Answer answer);
    static QString lastTitle();
    static QString lastText();
    static int askedCount();

private:
    static Answer s_nextAnswer;
    static QString s_lastTitle;
    static QString s_lastText;
    static int s_asked;
};

class FileDialog {
    Q_DECLARE_TR_FUNCTIONS(FileDialog)
public:
    // Returns the chosen file, or an empty string; *selectedFilter receives the chosen filter.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filters, QString* selectedFilter);
    // Test seam: the next save dialog returns this name at once.
    static void setNextFileName(const QString& fileName);

private:
    static QString s_nextFileName;
    static bool s_nextSet;
};

} // namespace ld::ui
