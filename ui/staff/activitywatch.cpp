#include "staff/activitywatch.h"

#include <venue/staffdesk.h>

#include <QCoreApplication>
#include <QEvent>

namespace dojo::ui {

ActivityWatch::ActivityWatch(venue::StaffDesk &desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
{
    QCoreApplication::instance()->installEventFilter(this);
}

ActivityWatch::~ActivityWatch()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool ActivityWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin: m_desk.noteActivity(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dojo::ui
