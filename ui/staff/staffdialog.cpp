#include "staff/staffdialog.h"

#include "common/uitr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

// A new member's name, role and PIN (typed twice), or a new PIN alone.
class MemberForm : public QDialog
{
public:
    MemberForm(bool withNameAndRole, const QString &title, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(title);
        auto *form = new QFormLayout;
        if (withNameAndRole) {
            m_name = new QLineEdit(this);
            m_name->setObjectName(QStringLiteral("memberName"));
            m_role = new QComboBox(this);
            m_role->setObjectName(QStringLiteral("memberRole"));
            for (venue::Role role : venue::kAllRoles)
                m_role->addItem(venue::roleName(role), int(role));
            m_role->setCurrentIndex(1); // the desk: most accounts are
            form->addRow(Tr::tr("&Name:"), m_name);
            form->addRow(Tr::tr("&Role:"), m_role);
        }
        m_pin = new QLineEdit(this);
        m_pin->setObjectName(QStringLiteral("memberPin"));
        m_pin->setEchoMode(QLineEdit::Password);
        m_pin->setPlaceholderText(Tr::tr("4 to 8 digits, or a password of 8 or more"));
        m_again = new QLineEdit(this);
        m_again->setObjectName(QStringLiteral("memberPinAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        form->addRow(Tr::tr("&PIN:"), m_pin);
        form->addRow(Tr::tr("PIN &again:"), m_again);
        m_problem = new QLabel(this);
        m_problem->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (m_pin->text() != m_again->text()) {
                m_problem->setText(Tr::tr("The two PINs differ: type the same PIN twice."));
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_problem);
        layout->addWidget(buttons);
    }

    QString name() const { return m_name ? m_name->text().trimmed() : QString(); }
    venue::Role role() const
    {
        return m_role ? venue::Role(m_role->currentData().toInt()) : venue::Role::Desk;
    }
    QString pin() const { return m_pin->text(); }

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace

StaffDialog::StaffDialog(venue::StaffDesk &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(Tr::tr("Staff"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Account")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("staffProblem"));
    m_problem->setWordWrap(true);

    m_add = new QPushButton(Tr::tr("&Add…"), this);
    m_role = new QPushButton(Tr::tr("Change &Role…"), this);
    m_pin = new QPushButton(Tr::tr("Reset &PIN…"), this);
    m_active = new QPushButton(Tr::tr("&Deactivate"), this);
    m_remove = new QPushButton(Tr::tr("Re&move…"), this);
    auto *close = new QPushButton(Tr::tr("Close"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_role, m_pin, m_active, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &StaffDialog::addMember);
    connect(m_role, &QPushButton::clicked, this, &StaffDialog::changeRole);
    connect(m_pin, &QPushButton::clicked, this, &StaffDialog::resetPin);
    connect(m_active, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &StaffDialog::removeMember);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffDialog::updateButtons);
    resize(560, 360);
    reload();
}

void StaffDialog::reload()
{
    const std::optional<venue::StaffMember> was = selected();
    const Result<std::vector<venue::StaffMember>> members = m_desk.staff();
    m_members = members ? *members : std::vector<venue::StaffMember>();
    if (!members)
        m_problem->setText(members.error());
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < int(m_members.size()); ++row) {
        const venue::StaffMember &member = m_members[size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(member.name));
        m_table->setItem(row, 1, new QTableWidgetItem(venue::roleName(member.role)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(member.active ? Tr::tr("Active") : Tr::tr("Deactivated")));
        if (was && was->id == member.id)
            m_table->selectRow(row);
    }
    if (!was && !m_members.empty())
        m_table->selectRow(0);
    updateButtons();
}

std::optional<venue::StaffMember> StaffDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_members.size()) || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_members[size_t(row)];
}

void StaffDialog::updateButtons()
{
    const std::optional<venue::StaffMember> member = selected();
    for (QPushButton *button : {m_role, m_pin, m_active, m_remove})
        button->setEnabled(member.has_value());
    m_active->setText(member && !member->active ? Tr::tr("&Activate") : Tr::tr("&Deactivate"));
}

void StaffDialog::showOutcome(const Result<void> &outcome)
{
    m_problem->setText(outcome ? QString() : outcome.error());
    reload();
}

void StaffDialog::addMember()
{
    if (!m_desk.signedIn())
        return;
    MemberForm form(true, Tr::tr("Add a Member of Staff"), this);
    if (form.exec() != QDialog::Accepted)
        return;
    const Result<qint64> added
        = m_desk.addMember(*m_desk.signedIn(), form.name(), form.role(), form.pin());
    showOutcome(added ? Result<void>() : Result<void>(Unexpected(added.error())));
}

void StaffDialog::changeRole()
{
    const std::optional<venue::StaffMember> member = selected();
    if (!member || !m_desk.signedIn())
        return;
    QStringList names;
    for (venue::Role role : venue::kAllRoles)
        names.append(venue::roleName(role));
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        this, Tr::tr("Change Role"), Tr::tr("%1's role:").arg(member->name), names,
        int(names.indexOf(venue::roleName(member->role))), false, &chosen);
    if (!chosen)
        return;
    const venue::Role role = venue::kAllRoles[size_t(std::max<qsizetype>(0, names.indexOf(name)))];
    showOutcome(m_desk.changeRole(*m_desk.signedIn(), member->id, role));
}

void StaffDialog::resetPin()
{
    const std::optional<venue::StaffMember> member = selected();
    if (!member || !m_desk.signedIn())
        return;
    MemberForm form(false, Tr::tr("New PIN for %1").arg(member->name), this);
    if (form.exec() != QDialog::Accepted)
        return;
    showOutcome(m_desk.resetPin(*m_desk.signedIn(), member->id, form.pin()));
}

void StaffDialog::toggleActive()
{
    const std::optional<venue::StaffMember> member = selected();
    if (!member || !m_desk.signedIn())
        return;
    showOutcome(m_desk.setActive(*m_desk.signedIn(), member->id, !member->active));
}

void StaffDialog::removeMember()
{
    const std::optional<venue::StaffMember> member = selected();
    if (!member || !m_desk.signedIn())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, Tr::tr("Remove Member of Staff"),
        Tr::tr("Remove %1's account? The audit log keeps what they did.").arg(member->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        showOutcome(m_desk.removeMember(*m_desk.signedIn(), member->id));
}

} // namespace dojo::ui
