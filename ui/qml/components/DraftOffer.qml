import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// After sign-in: the operator's own unfinished registration (kept as an
// encrypted draft at every step, before the idle lock, through a restart
// or a power cut), with whose it is and when it was last kept. Continue it,
// or delete it (asked twice). Continuing hands the draft to a new
// registration screen (signal resume).
Dialog {
    id: root
    objectName: "draftOffer"
    signal resume(var draft) // a store::SavedDraft, for RegistrationScreen.draft
    DraftOfferModel { id: offer }
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 640, 640)
    visible: Session.signedIn && (offer.offered || offer.problem.length > 0)
    property bool confirming: false
    onVisibleChanged: confirming = false

    title: offer.offered ? qsTr("An unfinished registration")
                         : qsTr("The unfinished registration cannot be opened")

    contentItem: Label {
        objectName: "draftOfferText"
        wrapMode: Text.Wrap
        text: !offer.offered ? offer.problem
              : root.confirming ? qsTr("Delete these answers for good? They cannot be brought back.")
              : qsTr("%1 started a registration that was not finished. Its answers were last kept on %2.")
                    .arg(offer.operatorId)
                    .arg(LocalFormat.formatDateTime(offer.savedAt, Language.code))
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        Button {
            objectName: "draftProblemOk"
            visible: !offer.offered
            text: qsTr("OK")
            Layout.preferredHeight: Theme.touchTarget
            Layout.margins: Theme.spacing
            onClicked: offer.dismissProblem()
        }
        Button {
            objectName: "discardOfferedDraft"
            visible: offer.offered
            text: root.confirming ? qsTr("Delete the answers") : qsTr("Delete it")
            Layout.preferredHeight: Theme.touchTarget
            Layout.margins: Theme.spacing
            onClicked: {
                if (root.confirming)
                    offer.discard()
                else
                    root.confirming = true
            }
        }
        Button {
            objectName: "resumeDraft"
            visible: offer.offered
            text: root.confirming ? qsTr("Keep it") : qsTr("Continue it")
            font.bold: true
            Layout.preferredHeight: Theme.touchTarget
            Layout.margins: Theme.spacing
            onClicked: {
                if (root.confirming)
                    root.confirming = false
                else
                    root.resume(offer.take())
            }
        }
    }
}
