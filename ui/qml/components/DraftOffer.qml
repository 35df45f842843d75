import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// After sign-in: the operator's own unfinished registration (kept as an
// encrypted draft at every step, before the idle lock, through a restart
// or a power cut), with whose it is and when it was last kept. Continue it,
// or delete it (asked twice).
Dialog {
    id: root
    objectName: "draftOffer"
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 640, 640)
    visible: Session.signedIn && (Registration.draftOffered || Registration.draftProblem.length > 0)
    property bool confirming: false
    onVisibleChanged: confirming = false

    title: Registration.draftOffered ? qsTr("An unfinished registration")
                                     : qsTr("The unfinished registration cannot be opened")

    contentItem: Label {
        objectName: "draftOfferText"
        wrapMode: Text.Wrap
        text: !Registration.draftOffered ? Registration.draftProblem
              : root.confirming ? qsTr("Delete these answers for good? They cannot be brought back.")
              : qsTr("%1 started a registration that was not finished. Its answers were last kept on %2.")
                    .arg(Registration.draftOperator)
                    .arg(LocalFormat.formatDateTime(Registration.draftOfferSavedAt, Language.code))
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        Button {
            objectName: "draftProblemOk"
            visible: !Registration.draftOffered
            text: qsTr("OK")
            Layout.preferredHeight: Theme.touchTarget
            Layout.margins: Theme.spacing
            onClicked: Registration.dismissDraftProblem()
        }
        Button {
            objectName: "discardOfferedDraft"
            visible: Registration.draftOffered
            text: root.confirming ? qsTr("Delete the answers") : qsTr("Delete it")
            Layout.preferredHeight: Theme.touchTarget
            Layout.margins: Theme.spacing
            onClicked: {
                if (root.confirming)
                    Registration.discardOfferedDraft()
                else
                    root.confirming = true
            }
        }
        Button {
            objectName: "resumeDraft"
            visible: Registration.draftOffered
            text: root.confirming ? qsTr("Keep it") : qsTr("Continue it")
            font.bold: true
            Layout.preferredHeight: Theme.touchTarget
            Layout.margins: Theme.spacing
            onClicked: {
                if (root.confirming)
                    root.confirming = false
                else
                    Registration.resumeDraft()
            }
        }
    }
}
