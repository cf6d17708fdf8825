#include "mainwindow/aboutdialog.h"

#include "common/uitr.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace dojo::ui {

AboutDialog::AboutDialog(const QString &databaseDescription, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("About DojoPool"));
    auto *title
        = new QLabel(Tr::tr("<h2>DojoPool %1</h2>").arg(QStringLiteral(DOJO_VERSION)), this);
    auto *text = new QLabel(
        Tr::tr("<p>The smart pool venue: overhead cameras track every ball, the automatic referee "
               "rules by the WPA World Standardized Rules, players join their table from their "
               "phones, and the front desk runs bookings, players and tournaments.</p>"
               "<p>Built with Qt %1.</p>")
            .arg(QString::fromLatin1(qVersion())),
        this);
    text->setWordWrap(true);
    auto *database
        = new QLabel(Tr::tr("Database: %1").arg(databaseDescription.toHtmlEscaped()), this);
    database->setObjectName(QStringLiteral("aboutDatabase"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    database->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(database);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace dojo::ui
