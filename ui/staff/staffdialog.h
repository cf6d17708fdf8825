#pragma once

#include <venue/staffdesk.h>

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dojo::ui {

// A manager's list of the venue's staff: add a member, change a role, reset a PIN, deactivate
// or activate, remove. Each change is made as the member signed in, who the desk checks and
// the audit names; a refusal is shown in the dialog as its sentence.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StaffDialog(venue::StaffDesk &desk, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void reload();
    void updateButtons();
    std::optional<venue::StaffMember> selected() const;
    // Runs a change as the member signed in and shows its outcome.
    void showOutcome(const Result<void> &outcome);
    void addMember();
    void changeRole();
    void resetPin();
    void toggleActive();
    void removeMember();

    venue::StaffDesk &m_desk;
    std::vector<venue::StaffMember> m_members;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace dojo::ui
