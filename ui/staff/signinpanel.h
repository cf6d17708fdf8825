#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dojo::venue {
class StaffDesk;
}

namespace dojo::ui {

// Who signs in at the desk, keyboard first: type the name (or pick it), Tab, the PIN, Enter.
// A venue without staff makes its first manager here instead. The demo venue's accounts and
// their PINs are shown while the demo is the venue shown.
class SignInPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPanel(venue::StaffDesk &desk, QWidget *parent = nullptr);

    // Reads the venue's staff again, empties the PIN and puts the cursor in the first field.
    void refresh(bool showDemoAccounts);

    QComboBox *nameField() const { return m_name; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void signIn();

    venue::StaffDesk &m_desk;
    QLabel *m_title = nullptr;
    QComboBox *m_name = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_demoHint = nullptr;
    bool m_firstManager = false; // the venue has no staff yet
};

} // namespace dojo::ui
