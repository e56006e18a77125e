// Windows Defender Firewall's own words: the INetFwPolicy2 COM object first (any user may read
// it), `netsh advfirewall show allprofiles` when COM can't say. Both come out as netsh-shaped
// text, read by platform/windowstext/netshparse.h. Under Wine every COM getter returns E_NOTIMPL
// and netsh prints nothing: that is the "firewall unreadable" reading, with the command to run.

#include "platform/log.h"
#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"
#include "platform/windowstext/netshparse.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
// windows.h first
#include <netfw.h>
#include <objbase.h>

#include <cstdio>
#include <spdlog/spdlog.h>

namespace ld::platform::windows_os {
namespace {

constexpr const char* kNetshCommand = "netsh advfirewall show allprofiles";
// {E2B3C97F-6AE1-41AC-817A-F6F92166D7DD} and {98325047-C671-4174-8D81-DEFCD3F03186}
const CLSID kClsidNetFwPolicy2 = {
    0xE2B3C97F, 0x6AE1, 0x41AC, {0x81, 0x7A, 0xF6, 0xF9, 0x21, 0x66, 0xD7, 0xDD}};
const IID kIidNetFwPolicy2 = {0x98325047, 0xC671, 0x4174, {0x8D, 0x81, 0xDE, 0xFC, 0xD3, 0xF0, 0x31, 0x86}};

std::string hresultText(HRESULT hr) {
    char code[16];
    std::snprintf(code, sizeof code, "0x%08lX", static_cast<unsigned long>(hr));
    std::string text = systemMessage(DWORD(hr));
    const auto paren = text.rfind(" (");
    return (paren == std::string::npos ? text : text.substr(0, paren)) + " (" + code + ")";
}

// The three profiles from COM, as netsh prints them ("Domain Profile Settings:" ...).
FirewallSource fromCom() {
    FirewallSource source;
    source.name = "windows-firewall";
    source.command = "INetFwPolicy2 (COM)";
    const HRESULT init = CoInitializeEx(nullptr, COINIT_MULTITHREADED);
    const bool uninit = SUCCEEDED(init);
    INetFwPolicy2* policy = nullptr;
    HRESULT hr = CoCreateInstance(kClsidNetFwPolicy2, nullptr, CLSCTX_INPROC_SERVER, kIidNetFwPolicy2,
                                  reinterpret_cast<void**>(&policy));
    if (FAILED(hr) || !policy) {
        source.error = "INetFwPolicy2 could not be created: " + hresultText(hr);
    } else {
        long current = 0;
        const HRESULT currentHr = policy->get_CurrentProfileTypes(&current);
        std::string text;
        const struct {
            NET_FW_PROFILE_TYPE2 type;
            const char* title;
        } profiles[] = {{NET_FW_PROFILE2_DOMAIN, "Domain Profile Settings:"},
                        {NET_FW_PROFILE2_PRIVATE, "Private Profile Settings:"},
                        {NET_FW_PROFILE2_PUBLIC, "Public Profile Settings:"}};
        for (const auto& profile : profiles) {
            VARIANT_BOOL enabled = VARIANT_FALSE;
            NET_FW_ACTION inbound = NET_FW_ACTION_BLOCK;
            NET_FW_ACTION outbound = NET_FW_ACTION_ALLOW;
            hr = policy->get_FirewallEnabled(profile.type, &enabled);
            if (FAILED(hr))
                break;
            if (FAILED(hr = policy->get_DefaultInboundAction(profile.type, &inbound)) ||
                FAILED(hr = policy->get_DefaultOutboundAction(profile.type, &outbound)))
                break;
            text += std::string(profile.title) + "\r\n" + std::string(70, '-') + "\r\n";
            text += std::string("State                                 ") + (enabled ? "ON" : "OFF") + "\r\n";
            text += std::string("Firewall Policy                       ") +
                    (inbound == NET_FW_ACTION_ALLOW ? "AllowInbound" : "BlockInbound") + "," +
                    (outbound == NET_FW_ACTION_BLOCK ? "BlockOutbound" : "AllowOutbound") + "\r\n";
            if (SUCCEEDED(currentHr) && (current & profile.type))
                text += "CurrentProfile                        Yes\r\n";
            text += "\r\n";
        }
        if (FAILED(hr))
            source.error = "INetFwPolicy2 did not answer: " + hresultText(hr);
        else {
            source.readable = true;
            source.text = std::move(text);
        }
        policy->Release();
    }
    if (uninit)
        CoUninitialize();
    return source;
}

FirewallSource fromNetsh() {
    FirewallSource source;
    source.name = "windows-firewall";
    source.command = kNetshCommand;
    const RunOutput output = run(kNetshCommand, std::chrono::milliseconds(5000));
    if (!output.started) {
        source.error = "could not run netsh: " + output.error;
    } else if (output.timedOut) {
        source.error = "netsh gave no answer within 5000 ms";
    } else if (parseAdvfirewallProfiles(output.out).empty()) {
        // Nothing to read: Wine's netsh stub, a policy that hides it, or the service stopped.
        source.text = output.out;
        source.error = output.out.empty() ? std::string("netsh printed nothing")
                                          : "netsh printed no firewall profile (exit status " +
                                                std::to_string(output.exitCode) + ")";
    } else {
        source.readable = true;
        source.text = output.out;
    }
    return source;
}

} // namespace

FirewallReading readFirewall() {
    auto& log = log::get(log::Area::Platform);
    FirewallReading reading;
    FirewallSource com = fromCom();
    if (com.readable) {
        reading.sources.push_back(std::move(com));
        return reading;
    }
    FirewallSource netsh = fromNetsh();
    log.debug("firewall: COM: {}; netsh: {}", com.error, netsh.readable ? "read" : netsh.error);
    if (!netsh.readable) {
        // The reading names the command a person can run in an elevated prompt to see it.
        netsh.needsElevation = true;
        netsh.error = com.error + "; " + netsh.error +
                      ". Run it in a Command Prompt opened with \"Run as administrator\": " + kNetshCommand;
    }
    reading.sources.push_back(std::move(netsh));
    return reading;
}

} // namespace ld::platform::windows_os
