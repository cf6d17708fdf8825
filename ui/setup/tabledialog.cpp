#include "setup/tabledialog.h"

#include "camerasource/camerasourcedialog.h"
#include "common/tabletext.h"
#include "common/uitr.h"

#include <venue/billing.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dojo::ui {

TableDialog::TableDialog(const venue::Table &table, const QStringList &otherNames, bool adding,
                         QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_otherNames(otherNames)
{
    setObjectName(QStringLiteral("tableDialog"));
    setWindowTitle(adding ? Tr::tr("Add Table") : Tr::tr("Edit %1").arg(table.name));

    m_name = new QLineEdit(table.name, this);
    m_name->setObjectName(QStringLiteral("tableName"));
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("tableSize"));
    for (TableSize size : kAllTableSizes) {
        m_size->addItem(Tr::tr("%1 (%2)").arg(TableText::size(size), TableText::surface(size)),
                        int(size));
    }
    m_size->setCurrentIndex(m_size->findData(int(table.size)));
    m_camera = new QLineEdit(table.cameraSource, this);
    m_camera->setObjectName(QStringLiteral("tableCamera"));
    m_camera->setPlaceholderText(Tr::tr("No camera"));
    auto *chooseCamera = new QPushButton(Tr::tr("C&hoose…"), this);
    connect(chooseCamera, &QPushButton::clicked, this, &TableDialog::chooseCamera);
    auto *cameraRow = new QHBoxLayout;
    cameraRow->addWidget(m_camera, 1);
    cameraRow->addWidget(chooseCamera);
    m_rateClass = new QComboBox(this);
    m_rateClass->setObjectName(QStringLiteral("tableRateClass"));
    m_rateClass->setEditable(true);
    m_rateClass->setInsertPolicy(QComboBox::NoInsert);
    m_rateClass->setToolTip(
        Tr::tr("The rate the table is charged by; empty: the rate of its size."));
    m_rateClass->addItem(QString());
    for (TableSize size : kAllTableSizes)
        m_rateClass->addItem(venue::defaultRateClass(size));
    m_rateClass->setEditText(table.rateClass);
    m_rateClass->lineEdit()->setPlaceholderText(Tr::tr("By its size"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("tableProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(Tr::tr("&Name:"), m_name);
    form->addRow(Tr::tr("&Size:"), m_size);
    form->addRow(Tr::tr("&Camera:"), cameraRow);
    form->addRow(Tr::tr("&Rate class:"), m_rateClass);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &TableDialog::check);
    check();
}

venue::Table TableDialog::table() const
{
    venue::Table table = m_table;
    table.name = m_name->text().trimmed();
    table.size = TableSize(m_size->currentData().toInt());
    table.cameraSource = m_camera->text().trimmed();
    table.rateClass = m_rateClass->currentText().trimmed();
    return table;
}

void TableDialog::chooseCamera()
{
    CameraSourceDialog dialog(m_name->text().trimmed(), m_camera->text().trimmed(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_camera->setText(dialog.source());
}

void TableDialog::check()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = Tr::tr("The table needs a name.");
    else if (m_otherNames.contains(name, Qt::CaseInsensitive))
        problem = Tr::tr("Another table is called “%1” already.").arg(name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dojo::ui
