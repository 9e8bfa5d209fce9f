#pragma once

// The Register page's "Links graph" tab: the RegisterGraphView of the
// processing chosen in the list, how many links away it reaches, zoom
// buttons (and Ctrl++, Ctrl+-, Ctrl+0 to fit), a legend, the current
// node's description, and "Add to register" for a processing only named by
// a link (ManageRegister). Reads through ProcessingService::neighbourhood,
// when shown. The page decides what choosing, opening and describing a
// node do (the list and the editor follow).

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;

namespace habeas {

class RegisterGraphView;
class Session;

class RegisterGraphPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterGraphPanel)

public:
    explicit RegisterGraphPanel(Session &session, QWidget *parent = nullptr);

    // The graph of this processing (0: none), read now when the tab is
    // shown, else when it is.
    void showProcessing(qint64 id);
    // Reads the graph again (after a save).
    void refresh();
    // The lock: nothing of the register stays drawn.
    void clear();
    qint64 centre() const { return m_centre; }
    RegisterGraphView *view() const { return m_view; }
    QPushButton *describeButton() const { return m_describe; }

Q_SIGNALS:
    // A node clicked (or Space): the page shows it and recentres.
    void chosen(qint64 id);
    // Double click or Enter: to the editor.
    void openRequested(qint64 id);
    // "Add to register" on a referenced-only processing.
    void describeRequested(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void read();
    void currentChanged();
    void showMenu(qint64 id, const QPoint &where);

    Session &m_session;
    RegisterGraphView *m_view = nullptr;
    QSpinBox *m_hops = nullptr;
    QPushButton *m_describe = nullptr;
    QLabel *m_about = nullptr;
    qint64 m_centre = 0;
    bool m_stale = false;
};

} // namespace habeas
