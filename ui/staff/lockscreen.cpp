#include "staff/lockscreen.h"

#include "staff/signinpanel.h"

#include <venue/staffdesk.h>

#include <QEvent>
#include <QFrame>
#include <QMainWindow>
#include <QPainter>
#include <QVBoxLayout>

namespace dojo::ui {

LockScreen::LockScreen(venue::StaffDesk &desk, QMainWindow &window)
    : QWidget(&window)
    , m_desk(desk)
    , m_window(window)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setMaximumWidth(520);
    m_panel = new SignInPanel(desk, card);
    auto *inCard = new QVBoxLayout(card);
    inCard->setContentsMargins(24, 24, 24, 24);
    inCard->addWidget(m_panel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignCenter);
    layout->addStretch(2);
    hide();

    window.installEventFilter(this);
    connect(&desk, &venue::StaffDesk::signedInChanged, this,
            [this] { follow(m_showDemoAccounts); });
    connect(&desk, &venue::StaffDesk::locked, this, [this] { follow(m_showDemoAccounts); });
    connect(&desk, &venue::StaffDesk::staffChanged, this, [this] {
        if (isVisible())
            m_panel->refresh(m_showDemoAccounts);
    });
}

void LockScreen::follow(bool showDemoAccounts)
{
    m_showDemoAccounts = showDemoAccounts;
    if (m_desk.isLocked())
        cover();
    else
        uncover();
}

void LockScreen::cover()
{
    if (m_disabled.empty()) {
        for (QWidget *child : m_window.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child != this && !child->isWindow() && child->isEnabled()) {
                child->setEnabled(false);
                m_disabled.push_back(child);
            }
        }
    }
    setGeometry(m_window.rect());
    const bool wasVisible = isVisible();
    show();
    raise();
    if (!wasVisible || !m_panel->isAncestorOf(focusWidget()))
        m_panel->refresh(m_showDemoAccounts);
}

void LockScreen::uncover()
{
    hide();
    for (QWidget *widget : m_disabled)
        widget->setEnabled(true);
    m_disabled.clear();
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        setGeometry(m_window.rect()); // also while hidden: the window may grow before it shows
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent *)
{
    // A veil, so the floor is seen to be there, waiting, but not readable at a glance.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(20, 28, 24, 235));
}

} // namespace dojo::ui
