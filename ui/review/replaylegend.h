#pragma once

#include <QWidget>

namespace dojo::ui {

// What the marks over the replay mean, each beside the mark as the replay draws it.
class ReplayLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayLegend(QWidget *parent = nullptr);
};

} // namespace dojo::ui
