#pragma once

// What the inspection file for the authority covers, chosen before its
// password: the processing chosen in the register or the whole register,
// and the period of the request figures (the previous calendar year and
// this one, or every request since the first). A typed factory: the
// choice, or nothing when cancelled.

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QRadioButton;

namespace habeas {

struct InspectionChoice final {
    bool wholeRegister = true;
    bool allRequests = false; // false: the previous year and this one
};

class InspectionFileDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionFileDialog)

public:
    // `processing` names the processing chosen; empty when none is (the
    // whole register only then).
    InspectionFileDialog(const QString &processing, int thisYear, QWidget *parent = nullptr);

    static std::optional<InspectionChoice> ask(const QString &processing, int thisYear, QWidget *parent);
    InspectionChoice choice() const;

    QRadioButton *processingButton() const { return m_processing; }
    QRadioButton *registerButton() const { return m_register; }
    QRadioButton *twoYearsButton() const { return m_twoYears; }
    QRadioButton *allButton() const { return m_all; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QRadioButton *m_processing = nullptr;
    QRadioButton *m_register = nullptr;
    QRadioButton *m_twoYears = nullptr;
    QRadioButton *m_all = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace habeas
