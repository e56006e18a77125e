#pragma once
// The first page: what is wrong, and the address. Explains a bad address as it is typed.

#include "ui/doctorwizard.h"
#include "wizard/target.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ld::ui {

class StartPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit StartPage(DoctorWizard* wizard);

    void setInput(const QString& address, Problem problem);
    void setAddress(const QString& address);
    Problem problem() const;
    void focusAddress();
    // The validation shown under the address, in plain words (for tests and screen readers).
    QString validationText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateValidation();
    void updateForProblem();

    DoctorWizard* m_wizard;
    QButtonGroup* m_problems;
    QRadioButton* m_cantOpen;
    QRadioButton* m_portInUse;
    QRadioButton* m_mcp;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_examples;
    QLabel* m_validation;
    QLabel* m_mcpNote;
    wizard::TargetParse m_parsed;
};

} // namespace ld::ui
