// Package duedate computes the legal due date of a data subject request.
//
// GDPR art. 12(3) gives the controller one month from receipt to answer,
// extendable to three months from receipt in total. The period is counted as
// in Regulation (EEC, Euratom) No 1182/71 art. 3: the day of receipt does not
// count, the period ends on the same date of the later month (or that month's
// last day when the date does not exist), and an end falling on a Saturday,
// Sunday or Finnish public holiday moves to the next working day. The Finnish
// non-working days are those of Laki säädettyjen määräaikain laskemisesta
// (150/1930) 5 §.
//
// All dates are civil dates: a time.Time at 00:00 UTC. Every function first
// reduces its input to the year, month and day it shows in its own location,
// so a time of day or a time zone never moves a date.
package duedate
