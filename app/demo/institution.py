"""The demo branch's institution block (name, address, complaint contacts), as head
office would publish it for the profile: Beghoria Janakalyan Samity in West Bengal,
Janata Bank's micro-credit programmes in Bangladesh. Contacts are the demo's own."""

from __future__ import annotations

import json
from dataclasses import asdict

from app.domain.institution import SETTING_KEY, Institution

DEMO_INSTITUTIONS = {
    "india_rbi": Institution(
        name_en="Beghoria Janakalyan Samity", name_bn="বেঘোরিয়া জনকল্যাণ সমিতি",
        address_en="Head office: Beghoria, Habra, North 24 Parganas, West Bengal 743263",
        address_bn="প্রধান কার্যালয়: বেঘোরিয়া, হাবড়া, উত্তর ২৪ পরগনা, পশ্চিমবঙ্গ ৭৪৩২৬৩",
        grievance_officer_en="Sanjoy Mitra, Grievance Redressal Officer",
        grievance_officer_bn="সঞ্জয় মিত্র, অভিযোগ নিষ্পত্তি কর্মকর্তা",
        grievance_phone="+91 33 2555 0101", grievance_email="grievance@bjs-demo.example",
        grievance_address_en="Beghoria Janakalyan Samity, Head office, Beghoria, Habra, "
                             "North 24 Parganas, West Bengal 743263",
        grievance_address_bn="বেঘোরিয়া জনকল্যাণ সমিতি, প্রধান কার্যালয়, বেঘোরিয়া, হাবড়া, "
                             "উত্তর ২৪ পরগনা, পশ্চিমবঙ্গ ৭৪৩২৬৩",
        recovery_agents=False, transferable=True, cooling_off_days=3, kfs_validity_days=3),
    "bangladesh_mra": Institution(
        name_en="Janata Bank PLC — Micro-credit programmes (RCD)",
        name_bn="জনতা ব্যাংক পিএলসি — ক্ষুদ্রঋণ কর্মসূচি (আরসিডি)",
        address_en="Head office: Janata Bhaban, 110 Motijheel C/A, Dhaka 1000",
        address_bn="প্রধান কার্যালয়: জনতা ভবন, ১১০ মতিঝিল বা/এ, ঢাকা ১০০০",
        grievance_officer_en="Complaint cell, Retail Customer Department (RCD-4)",
        grievance_officer_bn="অভিযোগ সেল, রিটেইল কাস্টমার ডিপার্টমেন্ট (আরসিডি-৪)",
        grievance_phone="+880 2 5500 0101", grievance_email="complaints@jb-demo.example",
        grievance_address_en="Janata Bhaban, 110 Motijheel C/A, Dhaka 1000",
        grievance_address_bn="জনতা ভবন, ১১০ মতিঝিল বা/এ, ঢাকা ১০০০",
        recovery_agents=False, transferable=False, cooling_off_days=3, kfs_validity_days=3),
}


def demo_institution_row(profile: str) -> tuple[str, str]:
    """(key, value) of the demo's `setting` row for `profile`."""
    return SETTING_KEY, json.dumps(asdict(DEMO_INSTITUTIONS[profile]), ensure_ascii=False,
                                   sort_keys=True)
