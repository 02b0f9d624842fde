#include "chartsavedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace lps {

ChartSaveDialog::ChartSaveDialog(const QString &name, const QSize &onScreen, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
{
    setWindowTitle(tr("Save the chart"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(name + QStringLiteral(".png")));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Save the chart"), m_path->text(),
            tr("PNG picture (*.png);;PDF, vector, for a report (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(std::max(200, onScreen.width()));
    m_height->setValue(std::max(200, onScreen.height()));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File (.png or .pdf):"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_path->setMinimumWidth(360);
}

QString ChartSaveDialog::path() const
{
    return m_path->text().trimmed();
}

QSize ChartSaveDialog::chartSize() const
{
    return {m_width->value(), m_height->value()};
}

} // namespace lps
