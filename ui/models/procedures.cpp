#include "ui/models/procedures.h"

#include <QCoreApplication>

namespace bg {

QStringList procedureSteps(AlertCategory c) {
    QStringList steps{QCoreApplication::translate(
        "Procedures", "Look at the live camera and confirm what happens")};
    switch (c) {
        case AlertCategory::EmergencyBell:
            steps << QCoreApplication::translate("Procedures",
                                                 "Answer the pole's intercom and ask what is wrong")
                  << QCoreApplication::translate("Procedures",
                                                 "Call police 112 if anyone is in danger")
                  << QCoreApplication::translate(
                         "Procedures", "Keep the nearest cameras on the person until help arrives");
            break;
        case AlertCategory::Fall:
            steps << QCoreApplication::translate("Procedures",
                                                 "Call fire 119 (ambulance) with the exact place")
                  << QCoreApplication::translate(
                         "Procedures", "Keep the camera on the person until help arrives");
            break;
        case AlertCategory::Intrusion:
        case AlertCategory::Loitering:
            steps << QCoreApplication::translate("Procedures",
                                                 "Follow the person on the nearby cameras")
                  << QCoreApplication::translate("Procedures",
                                                 "Call police 112 if the behaviour is a threat");
            break;
        case AlertCategory::Crowding:
            steps << QCoreApplication::translate(
                         "Procedures", "Check the crowd's movement for danger of crushing")
                  << QCoreApplication::translate("Procedures",
                                                 "Inform the district's safety office");
            break;
        case AlertCategory::CrosswalkRedLight:
            steps << QCoreApplication::translate(
                         "Procedures", "Check the pedestrian reached the other side safely")
                  << QCoreApplication::translate("Procedures",
                                                 "Report a signal fault if the phase looks wrong");
            break;
        case AlertCategory::IllegalParking:
            steps << QCoreApplication::translate("Procedures", "Note the vehicle and the time")
                  << QCoreApplication::translate("Procedures",
                                                 "Pass it to the parking enforcement team");
            break;
        case AlertCategory::ChargerFault:
            steps << QCoreApplication::translate("Procedures",
                                                 "Check whether a vehicle is stuck on the charger")
                  << QCoreApplication::translate(
                         "Procedures", "Open a maintenance ticket with the charger operator");
            break;
        case AlertCategory::BinFull:
            steps << QCoreApplication::translate(
                "Procedures", "Schedule a collection with the recycling contractor");
            break;
        case AlertCategory::CameraOffline:
        case AlertCategory::StreamDegraded:
            steps << QCoreApplication::translate("Procedures",
                                                 "Check whether nearby cameras still see the area")
                  << QCoreApplication::translate("Procedures",
                                                 "Open a maintenance ticket for the camera");
            break;
        case AlertCategory::Other:
            break;
    }
    steps << QCoreApplication::translate("Procedures", "Write down what was done in the note");
    return steps;
}

}  // namespace bg
