#pragma once

#include <QWidget>

#include <vector>

class QMainWindow;

namespace dojo::venue {
class StaffDesk;
}

namespace dojo::ui {

class SignInPanel;

// Covers the whole main window while nobody is signed in: the sign-in panel on a veil. The
// window's menus, tool bars, docks and floor are disabled underneath (their shortcuts too) and
// keep whatever was open in them, so nothing is lost until the next member signs in.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(venue::StaffDesk &desk, QMainWindow &window);

    SignInPanel *panel() const { return m_panel; }

    // Shows itself over the window when the desk is locked, and goes when somebody signs in.
    void follow(bool showDemoAccounts);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void cover();
    void uncover();

    venue::StaffDesk &m_desk;
    QMainWindow &m_window;
    SignInPanel *m_panel = nullptr;
    std::vector<QWidget *> m_disabled; // what cover() disabled, to enable again
    bool m_showDemoAccounts = false;
};

} // namespace dojo::ui
