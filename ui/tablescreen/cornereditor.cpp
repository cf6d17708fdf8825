#include "tablescreen/cornereditor.h"

#include "common/uitr.h"
#include "tablescreen/cornercanvas.h"

#include <venue/tablecorners.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

// Where the handles start when the table has no corners yet: a rectangle 10 % inside.
constexpr double kInset = 0.1;

} // namespace

CornerEditor::CornerEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cornerEditor"));
    m_canvas = new CornerCanvas(this);

    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    auto *help = new QLabel(Tr::tr("Drag each handle onto the corner where the cushion noses "
                                   "meet; arrows nudge the chosen one by a pixel, 1 to 4 choose."),
                            bar);
    help->setWordWrap(true);
    m_place = new QLabel(bar);
    m_place->setObjectName(QStringLiteral("cornerPlaceLabel"));
    m_place->setForegroundRole(QPalette::PlaceholderText);
    m_place->setMinimumWidth(m_place->fontMetrics().horizontalAdvance(
        Tr::tr("%1: x %2, y %3")
            .arg(CornerCanvas::cornerName(2), QStringLiteral("8888"), QStringLiteral("8888"))));
    m_save = new QPushButton(Tr::tr("Save Corners"), bar);
    m_save->setObjectName(QStringLiteral("saveCorners"));
    m_save->setDefault(true);
    m_automatic = new QPushButton(Tr::tr("Reset to Automatic"), bar);
    m_automatic->setObjectName(QStringLiteral("automaticCorners"));
    m_automatic->setToolTip(Tr::tr("Forget these corners: the table is found in the picture."));
    m_cancel = new QPushButton(Tr::tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelCorners"));
    for (QPushButton *button : {m_save, m_automatic, m_cancel})
        button->setFocusPolicy(Qt::NoFocus); // the arrows stay with the handles
    barLayout->addWidget(help, 1);
    barLayout->addWidget(m_place);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_automatic);
    barLayout->addWidget(m_cancel);
    barLayout->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_canvas, 1);

    connect(m_canvas, &CornerCanvas::cornersChanged, this, &CornerEditor::showPlace);
    connect(m_canvas, &CornerCanvas::selectionChanged, this, &CornerEditor::showPlace);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saved(corners()); });
    connect(m_automatic, &QPushButton::clicked, this, &CornerEditor::automaticChosen);
    connect(m_cancel, &QPushButton::clicked, this, &CornerEditor::cancelled);
}

void CornerEditor::start(const QImage &picture, const std::optional<venue::TableCorners> &stored)
{
    m_canvas->setPicture(picture);
    const venue::TableCorners fractions = stored.value_or(
        venue::TableCorners{QPointF(kInset, kInset), QPointF(1 - kInset, kInset),
                            QPointF(kInset, 1 - kInset), QPointF(1 - kInset, 1 - kInset)});
    m_canvas->setCorners(venue::cornersInPixels(fractions, picture.size()));
    m_canvas->selectCorner(0);
    m_save->setEnabled(!picture.isNull());
    m_automatic->setEnabled(stored.has_value());
    showPlace();
    m_canvas->setFocus();
}

venue::TableCorners CornerEditor::corners() const
{
    return venue::cornersAsFractions(m_canvas->corners(), m_canvas->picture().size());
}

void CornerEditor::showPlace()
{
    const std::optional<int> selected = m_canvas->selectedCorner();
    if (!selected || m_canvas->picture().isNull()) {
        m_place->clear();
        return;
    }
    const QPointF at = m_canvas->corners()[size_t(*selected)];
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_place->setText(Tr::tr("%1: x %2, y %3")
                         .arg(CornerCanvas::cornerName(*selected), locale.toString(at.x(), 'f', 0),
                              locale.toString(at.y(), 'f', 0)));
}

void CornerEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dojo::ui
