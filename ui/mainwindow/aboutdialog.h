#pragma once

#include <QDialog>

namespace dojo::ui {

// What DojoPool is, its version, and the database this PC is using.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &databaseDescription, QWidget *parent = nullptr);
};

} // namespace dojo::ui
