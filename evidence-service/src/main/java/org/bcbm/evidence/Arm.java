package org.bcbm.evidence;

import java.util.List;

/** One randomised arm of a trial: its label, regimen, the INNs it gives, and how many were randomised to it. */
public record Arm(String label, String regimen, List<String> agents, Integer n) {
}
