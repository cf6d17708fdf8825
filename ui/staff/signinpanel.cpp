#include "staff/signinpanel.h"

#include "common/uitr.h"

#include <venue/demovenue.h>
#include <venue/staffdesk.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dojo::ui {

SignInPanel::SignInPanel(venue::StaffDesk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("signInPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);

    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setMinimumWidth(260);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("signInPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(Tr::tr("4 to 8 digits, or your password"));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_demoHint = new QLabel(this);
    m_demoHint->setObjectName(QStringLiteral("signInDemoHint"));
    m_demoHint->setWordWrap(true);
    m_demoHint->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("&PIN:"), m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_signIn, 0, Qt::AlignRight);
    layout->addWidget(m_problem);
    layout->addWidget(m_demoHint);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::signIn);
    connect(m_pin, &QLineEdit::returnPressed, this, &SignInPanel::signIn);
    // Enter in the name goes on to the PIN, as a person typing expects.
    connect(m_name->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        m_pin->setFocus();
        m_pin->selectAll();
    });
}

void SignInPanel::refresh(bool showDemoAccounts)
{
    const QString typed = m_name->currentText();
    m_name->clear();
    const Result<std::vector<venue::StaffMember>> members = m_desk.staff();
    m_firstManager = members && members->empty();
    if (members) {
        for (const venue::StaffMember &member : *members) {
            if (member.active)
                m_name->addItem(member.name);
        }
    }
    m_name->setCurrentIndex(-1);
    m_name->setEditText(typed);
    m_pin->clear();
    m_problem->setText(members ? QString() : members.error());
    if (m_firstManager) {
        m_title->setText(Tr::tr("This venue has no staff yet: make the first manager's account."));
        m_signIn->setText(Tr::tr("&Make Manager and Sign In"));
    } else {
        m_title->setText(Tr::tr("Sign in to the front desk."));
        m_signIn->setText(Tr::tr("&Sign In"));
    }
    QStringList demo;
    for (const venue::DemoStaffAccount &account : venue::demoStaffAccounts()) {
        demo.append(Tr::tr("%1 (%2): PIN %3")
                        .arg(account.name, venue::roleName(account.role), account.pin));
    }
    m_demoHint->setText(Tr::tr("The demo venue's staff:\n%1").arg(demo.join(u'\n')));
    m_demoHint->setVisible(showDemoAccounts && !m_firstManager);
    m_name->setFocus();
}

void SignInPanel::signIn()
{
    const QString name = m_name->currentText().trimmed();
    QString problem;
    if (m_firstManager) {
        if (const Result<qint64> made = m_desk.addFirstManager(name, m_pin->text()); !made)
            problem = made.error();
    } else if (const Result<void> signedIn = m_desk.signIn(name, m_pin->text()); !signedIn) {
        problem = signedIn.error();
    }
    m_pin->clear(); // the PIN never stays on the screen, right or wrong
    m_problem->setText(problem);
    if (problem.isEmpty())
        m_name->setEditText(QString()); // the next person types their own name
    else
        m_pin->setFocus();
}

} // namespace dojo::ui
