#pragma once

#include <QWidget>

namespace dojo::ui {

// What the timeline's colours and marks mean, in one line under it.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);
};

} // namespace dojo::ui
