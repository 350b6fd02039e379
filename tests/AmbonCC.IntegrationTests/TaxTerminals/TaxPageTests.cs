using System.Net.Http.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>The tax pages as rendered for each role: officers act, supervisors only read.</summary>
[Collection(WebCollection.Name)]
public sealed class TaxPageTests(WebAppFixture app)
{
    [Fact]
    public async Task A_tax_officer_gets_the_case_actions_and_a_supervisor_reads_the_same_page_without_them()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        await outlet.Device.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(10, 2));
        var officer = await app.SignedInAsync("tax.page.officer", Roles.TaxOfficer);
        var supervisor = await app.SignedInAsync("tax.page.supervisor", Roles.Supervisor);
        var path = $"/tax/{Uri.EscapeDataString(outlet.Npwpd)}";

        var asOfficer = await officer.GetStringAsync(path);
        var asSupervisor = await supervisor.GetStringAsync(path);

        Assert.Contains("data-testid=\"case-actions\"", asOfficer, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"case-actions\"", asSupervisor, StringComparison.Ordinal);
        Assert.Contains(outlet.Serial, asSupervisor, StringComparison.Ordinal);
        Assert.Contains("#11", asSupervisor, StringComparison.Ordinal);
    }
}
