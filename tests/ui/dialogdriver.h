#pragma once

// Driving the dialogs a window opens with exec() from a test, by keyboard as staff would.
#include <QApplication>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace dojo::testsupport {

// Runs `drive` on the dialog the window opens next, once it is shown (exec() blocks the test).
template<typename Dialog> void whenShown(std::function<void(Dialog *)> drive)
{
    QTimer::singleShot(0, [drive] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            QFAIL("the dialog was not shown");
        }
        // Offscreen, a dialog over a window of its own is not made active by showing it.
        QApplication::setActiveWindow(dialog);
        drive(dialog);
        if (dialog->isVisible()) // a check failed inside: close it, or exec() never returns
            dialog->close();
    });
}

// Types into whatever has the keyboard focus, as a person at the desk would.
inline void typeText(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace dojo::testsupport
